import type { Span } from '../briefing';
import { pushTrimmed } from './sentences';

/**
 * What a stretch of the article is. Only `paragraph` (and `highlight` for the summary) feed
 * the analytic sections; `meta` (byline, PUBLISHED/UPDATED stamps, a bare date line under the
 * headline, breadcrumbs), `caption` and `rule` do not.
 */
export type PartRole =
  'title' | 'heading' | 'paragraph' | 'meta' | 'caption' | 'highlight' | 'marker' | 'rule';

export interface Part extends Span {
  role: PartRole;
  /** For `meta`: what the line stamps, when it is a date line. */
  stamp?: 'published' | 'updated';
  /** Index in `parts` of the heading this part falls under, or -1. */
  heading: number;
}

const SPEECH_VERB =
  /\b(said|says|added|adds|told|tells|stated|states|announced|insisted|wrote|explained|warned|asked|replied|declared|noted)$/i;
const STAMP_LABEL = /^(published|updated|last updated|posted|date)\s*:?\s*/i;
const TIMESTAMP_LINE =
  /^(\d{1,2}:\d{2}\s*[A-Za-z]{0,4},?\s*)?\d{1,2}\s+\p{L}+\s+\d{4}(\s*,?\s*\d{1,2}:\d{2}.*)?$|^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/u;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
/** A bullet or numbered list line: its own paragraph, marker excluded from the span. */
const LIST_ITEM = /^(?:[-*•–]|\d{1,3}[.)])[ \t]+(?=\S)/;

/**
 * The longest "By …" line we read as a byline, in words: a writer, a desk and a date
 * ("By Jane Doe, Senior Correspondent, Example News, 3 March 2024").
 */
const MAX_BYLINE_WORDS = 12;
/** The longest line we still consider a heading, in words. Captions without a full stop run longer. */
const MAX_HEADING_WORDS = 10;
/**
 * The longest first line we take as the title, in words. Headlines run to about 20 words
 * ("Global airline profits to hit record $30.5bn in 2024, IATA says"); a longer unpunctuated
 * opening is more likely a run-on standfirst.
 */
const MAX_TITLE_WORDS = 25;
/** The longest standalone question we read as a subheading ("What happens next?"), in words. */
const MAX_QUESTION_HEADING_WORDS = 12;
/**
 * What a date-only line may hold besides its date: weekdays, month names, numbers, clock times,
 * am/pm, common time-zone abbreviations and separators ("Sunday, February 4, 2024",
 * "April 30, 2024 10:42 AM", "30 April 2024 | 14:05 GMT").
 */
const DATE_LINE_TOKEN =
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}\b|\b[ap]\.?m\b\.?|\b(?:at|on|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|jst|aest)\b|[:,./|\s`-]/gi;
const DATE_LINE_MONTH_YEAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b[\s\S]*\b(?:1[89]|2[01])\d\d\b|\b(?:1[89]|2[01])\d\d\b[\s\S]*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ISO_DATE_LINE =
  /^`?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`?$/;
/** A breadcrumb trail: short labels joined by ">", "›" or "»" ("World > Africa"). */
const BREADCRUMB = /^[^\s<>›»][^<>›»]{0,30}(?:\s[>›»]\s[^<>›»]{1,30}){1,5}$/u;

/**
 * Divides normalised article text into parts. With blank lines present, consecutive non-blank
 * lines form one paragraph (hard-wrapped copy); without them, every line is a paragraph.
 * Linear in the text length.
 */
export function readStructure(text: string): Part[] {
  const raw = splitRawParts(text);
  const parts: Part[] = [];
  let currentHeading = -1;
  let seenBody = false;
  let hasTitle = false;
  let hasHeading = false;
  let pendingHighlight = false;
  let pendingStamp: 'published' | 'updated' | null = null;
  let afterBylineLabel = false;
  for (const [index, span] of raw.entries()) {
    let { start, end } = span;
    const line = text.slice(start, end);
    let role: PartRole;
    let stamp: Part['stamp'];
    const bullet = LIST_ITEM.exec(line);
    if (bullet && !RULE.test(line)) {
      start += bullet[0].length;
      role = 'paragraph';
      seenBody = true;
      parts.push({ role, start, end, heading: currentHeading });
      continue;
    }
    const md = MARKDOWN_HEADING.exec(line);
    if (md) {
      start += md[0].length;
      while (end > start && /[#\s]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      role = md[1] === '#' && !seenBody && !hasTitle ? 'title' : 'heading';
    } else if (RULE.test(line)) {
      role = 'rule';
    } else if (line === '@highlight') {
      role = 'marker';
      pendingHighlight = true;
    } else if (pendingHighlight) {
      role = 'highlight';
      pendingHighlight = false;
    } else if (line === '|' || (afterBylineLabel && wordCount(line) <= 6 && !hasTerminal(line))) {
      role = 'meta';
      afterBylineLabel = false;
    } else if (/^By\s*$/.test(line)) {
      role = 'meta';
      afterBylineLabel = true;
    } else if (
      /^By\s+\p{Lu}/u.test(line) &&
      wordCount(line) <= MAX_BYLINE_WORDS &&
      !hasTerminal(line)
    ) {
      role = 'meta';
    } else if (STAMP_LABEL.test(line) && line.length <= 60) {
      role = 'meta';
      stamp = /^(updated|last updated)/i.test(line) ? 'updated' : 'published';
      if (line.replace(STAMP_LABEL, '').trim() === '') pendingStamp = stamp;
    } else if (pendingStamp && TIMESTAMP_LINE.test(line)) {
      role = 'meta';
      stamp = pendingStamp;
      pendingStamp = null;
    } else if (!seenBody && isDateOnlyLine(line)) {
      // A bare date under the headline ("30 April 2024", "April 30, 2024 10:42 AM") is the stamp.
      role = 'meta';
      stamp = 'published';
    } else if (!seenBody && BREADCRUMB.test(line)) {
      role = 'meta';
    } else if (!seenBody && !hasTitle && !hasHeading && isTitleLine(line)) {
      // The first line before the body is the headline, whatever its length or colon
      // ("Kenya floods: Death toll rises to 169 as rains batter Nairobi").
      role = 'title';
    } else if (isQuestionHeading(line, seenBody || hasTitle, index < raw.length - 1)) {
      role = 'heading';
    } else if (isCaption(line)) {
      role = 'caption';
    } else if (!hasTerminal(line) && /^[\p{Lu}\p{N}"'“‘]/u.test(line)) {
      const words = wordCount(line);
      if (words > MAX_HEADING_WORDS) role = 'caption';
      else role = !seenBody && !hasTitle && !hasHeading ? 'title' : 'heading';
    } else {
      role = 'paragraph';
    }
    if (role !== 'meta') pendingStamp = role === 'rule' ? pendingStamp : null;
    if (!/^By\s*$/.test(line)) afterBylineLabel = false;
    if (role === 'paragraph') seenBody = true;
    if (role === 'title') hasTitle = true;
    if (role === 'heading') hasHeading = true;
    const part: Part = { role, start, end, heading: currentHeading };
    if (stamp) part.stamp = stamp;
    parts.push(part);
    if (role === 'heading') currentHeading = parts.length - 1;
  }
  return parts;
}

function splitRawParts(text: string): Span[] {
  const spans: Span[] = [];
  const blankMode = /\n[ \t]*\n/.test(text);
  let groupStart = -1;
  let groupEnd = -1;
  let pos = 0;
  const flush = (): void => {
    if (groupStart >= 0) pushTrimmed(text, groupStart, groupEnd, spans);
    groupStart = -1;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).trim();
    if (line === '') {
      flush();
    } else if (!blankMode || isStandaloneLine(line)) {
      flush();
      pushTrimmed(text, pos, nl, spans);
    } else {
      if (groupStart < 0) groupStart = pos;
      groupEnd = nl;
    }
    pos = nl + 1;
  }
  flush();
  return spans;
}

function isStandaloneLine(line: string): boolean {
  return (
    LIST_ITEM.test(line) ||
    MARKDOWN_HEADING.test(line) ||
    RULE.test(line) ||
    line === '@highlight' ||
    (STAMP_LABEL.test(line) && line.length <= 60)
  );
}

/** Ends like a sentence: `.`, `!`, `?`, `:` or `;`, possibly inside closing quotes. */
export function hasTerminal(line: string): boolean {
  // A backwards scan, not /[…]+$/: that regex is quadratic on long runs of spaces.
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let i = end;
  while (i > 0 && CLOSING.includes(line[i - 1])) i--;
  const last = i > 0 ? line[i - 1] : '';
  if ('.!?:;…'.includes(last)) return true;
  return i < end && last === ',';
}

const CLOSING = '"\'”’)]»';

/**
 * A headline: one line opening with a capital, digit or quote, up to MAX_TITLE_WORDS words,
 * not ending like a sentence (a question or exclamation mark may end a headline).
 */
function isTitleLine(line: string): boolean {
  if (line.includes('\n') || !/^[\p{Lu}\p{N}"'“‘]/u.test(line)) return false;
  if (wordCount(line) > MAX_TITLE_WORDS) return false;
  return !hasTerminal(line) || /[?!]["'”’]?\s*$/.test(line);
}

/**
 * A subheading phrased as a question ("What happens next?"): a short single line ending in `?`
 * after the article has started and before its end, with no quotation marks (a quoted question
 * is speech) and only one sentence.
 */
function isQuestionHeading(line: string, started: boolean, followed: boolean): boolean {
  if (!started || !followed || line.includes('\n')) return false;
  if (!/\?\s*$/.test(line) || /["“”‘’]|(?:^|\s)'|'(?:\s|$)/.test(line)) return false;
  if (/[.!?]\s+\S/.test(line)) return false;
  return /^\p{Lu}/u.test(line) && wordCount(line) <= MAX_QUESTION_HEADING_WORDS;
}

/** A line that holds only a date, with optional weekday and time: see DATE_LINE_TOKEN. */
function isDateOnlyLine(line: string): boolean {
  if (line.length > 60 || line.includes('\n')) return false;
  if (ISO_DATE_LINE.test(line)) return true;
  if (!DATE_LINE_MONTH_YEAR.test(line)) return false;
  return line.replace(DATE_LINE_TOKEN, '') === '';
}

/** Photo captions as Daily Mail prints them: a short label, a colon, then a description. */
function isCaption(line: string): boolean {
  const m = /^(\p{Lu}[\p{L}'’ -]{0,30}):\s+(\S)/u.exec(line);
  if (!m) return false;
  const label = m[1].trim();
  if (wordCount(label) > 4 || SPEECH_VERB.test(label)) return false;
  if (/["'“‘]/.test(m[2])) return false;
  return /^\p{Lu}/u.test(m[2]);
}

export function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) n++;
  return n;
}
