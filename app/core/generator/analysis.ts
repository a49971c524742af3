import type { SectionKind, Span } from '../briefing';
import { clauseTense } from './clause-tense';
import { findDates, parseStampDate, type DateMention } from './dates';
import { scoreSections } from './sections';
import { splitSentences } from './sentences';
import { isDisclaimerSentence } from './source-info';
import { readStructure, type Part } from './text-structure';
import { readWireDateline } from './wire-dateline';

/** One sentence with what the later steps need to know about it. */
export interface Sentence extends Span {
  part: number;
  role: Part['role'];
  /** Ordinal of the body paragraph it belongs to (0-based), or -1 outside the body. */
  paragraph: number;
  /** Ordinal among body sentences, or -1 outside the body. */
  order: number;
  isDisclaimer: boolean;
  /**
   * Where the sentence begins in the text, wire dateline included: for "FRANKFURT (Reuters) -
   * The bank…" `start` is at "The" and `from` at "FRANKFURT". Dates and names are read from
   * `from`; items quote from `start`. Equal to `start` otherwise.
   */
  from: number;
  dates: DateMention[];
  scores: Record<SectionKind, number>;
}

export interface Analysis {
  text: string;
  parts: Part[];
  sentences: Sentence[];
  /** Body sentences (paragraphs that are not provenance notes), in order. */
  body: Sentence[];
  published: string | null;
  /**
   * The article's date: the wire dateline's ("GENEVA, 10 November 2023 -"), else the published
   * (or updated, or byline) stamp, else the lead's first absolute day outside a future clause.
   * Never a resolved relative word ("on Friday").
   */
  dateline: string | null;
  /** Date that relative expressions were resolved against. */
  reference: string | null;
  /** The agency of the first wire dateline ("Reuters" in "FRANKFURT (Reuters) -"), if any. */
  agency: Span | null;
}

/** What an article's own subheading adds to each sentence under it. */
const HEADING_BONUS = 2;

/**
 * A subheading is evidence, not a verdict: the kind it names best gets a fixed bonus, so a
 * sentence with strong cues of another kind ("concerns" under "Regional Implications") still wins.
 */
function headingBonus(scores: Record<SectionKind, number>): Record<SectionKind, number> {
  const kinds = Object.keys(scores) as SectionKind[];
  const best = Math.max(...kinds.map((k) => scores[k]));
  const bonus = { ...scores };
  for (const kind of kinds) bonus[kind] = best > 0 && scores[kind] === best ? HEADING_BONUS : 0;
  return bonus;
}

/** The share of capitals among letters above which an article counts as written in capitals. */
const ALL_CAPS_SHARE = 0.8;
/** Fewer letters than this say nothing about the article's case. */
const MIN_CASE_LETTERS = 40;

/**
 * `text` itself, or, when most of its letters are capitals ("EARTHQUAKE STRIKES … ON MONDAY"),
 * a copy with every word in title case ("Earthquake Strikes … On Monday"). The copy has the
 * same length character for character: a letter whose lower case is longer ("İ") stays as is.
 * Linear in the text length.
 */
export function datesReadableCopy(text: string): string {
  const { upper, lower } = letterCase(text);
  if (upper + lower < MIN_CASE_LETTERS || upper < ALL_CAPS_SHARE * (upper + lower)) return text;
  const lowerSameLength = (c: string): string => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  };
  return text.replace(
    /(\p{L})(\p{L}+)/gu,
    (_w, first: string, rest: string) => first + rest.replace(/./gsu, lowerSameLength),
  );
}

/**
 * Upper- and lower-case letters in `text`. A char-code loop with an ASCII fast path: on 1 MB it
 * takes ~8 ms where a Unicode-class regex over every run took ~90 ms, on every article.
 */
function letterCase(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code > 127) {
      const c = text[i];
      if (c !== c.toLowerCase()) upper++;
      else if (c !== c.toUpperCase()) lower++;
    }
  }
  return { upper, lower };
}

/** How many leading body sentences may supply the dateline. */
const DATELINE_WINDOW = 3;

/**
 * The first absolute, day-precise date in the lead that is not in a future clause ("will stand
 * trial on 22 April 2025" is no article date). Relative words are never read here: without a
 * stamp they have nothing to resolve against.
 */
function leadDate(text: string, body: Sentence[]): string | null {
  for (const s of body.slice(0, DATELINE_WINDOW)) {
    const sentence = text.slice(s.from, s.end);
    for (const d of findDates(text, s.from, s.end, null)) {
      if (d.relative || d.date.length !== 10) continue;
      if (clauseTense(sentence, d.start - s.from, d.end - s.from) === 'future') continue;
      return d.date;
    }
  }
  return null;
}

/**
 * Reads the structure, splits sentences, finds dates and scores section cues. Linear in the
 * text length: every step is a bounded number of regex passes over each part.
 */
export function analyseArticle(text: string): Analysis {
  const parts = readStructure(text);
  // Date patterns expect "March" and "Monday"; an article in capitals is read from a copy in
  // title case of the same length, so the mentions' offsets still index `text`.
  const dateText = datesReadableCopy(text);
  let published: string | null = null;
  let updated: string | null = null;
  let byline: string | null = null;
  for (const part of parts) {
    if (part.role !== 'meta') continue;
    const line = text.slice(part.start, part.end);
    // "By Jane Doe, Example News, 3 March 2024": a byline's date stands in for a stamp.
    if (!part.stamp) {
      if (/^By\s/i.test(line)) byline ??= parseStampDate(dateText.slice(part.start, part.end));
      continue;
    }
    const date = parseStampDate(dateText.slice(part.start, part.end));
    if (part.stamp === 'published' && !published) published = date;
    if (part.stamp === 'updated' && !updated) updated = date;
  }
  published ??= byline;
  let agency: Span | null = null;
  const sentences: Sentence[] = [];
  const headingScores = new Map<number, Record<SectionKind, number>>();
  let paragraph = -1;
  let order = 0;
  parts.forEach((part, index) => {
    if (
      part.role !== 'paragraph' &&
      part.role !== 'highlight' &&
      part.role !== 'caption' &&
      part.role !== 'title'
    )
      return;
    if (part.role === 'paragraph') paragraph++;
    splitSentences(text, part.start, part.end).forEach((span, i) => {
      const isBody = part.role === 'paragraph';
      const from = span.start;
      const wire = isBody && i === 0 ? readWireDateline(text, span.start, span.end) : null;
      if (wire) {
        span.start = wire.end;
        agency ??= wire.agency;
      }
      const sentenceText = text.slice(span.start, span.end);
      const disclaimer = isBody && isDisclaimerSentence(sentenceText);
      const scores = scoreSections(sentenceText);
      if (part.heading >= 0) {
        const heading = parts[part.heading];
        let bonus = headingScores.get(part.heading);
        if (!bonus) {
          bonus = headingBonus(scoreSections(text.slice(heading.start, heading.end)));
          headingScores.set(part.heading, bonus);
        }
        for (const kind of Object.keys(bonus) as SectionKind[]) scores[kind] += bonus[kind];
      }
      sentences.push({
        ...span,
        part: index,
        role: part.role,
        paragraph: isBody ? paragraph : -1,
        order: isBody && !disclaimer ? order++ : -1,
        isDisclaimer: disclaimer,
        from,
        dates: [],
        scores,
      });
    });
  });
  const body = sentences.filter((s) => s.order >= 0);
  const stamped = published ?? updated;
  // A wire dateline's own date ("GENEVA, 10 November 2023 -") dates the article best.
  const lead = body[0];
  const wireDate =
    lead && lead.from < lead.start
      ? findDates(dateText, lead.from, lead.start, stamped).find((d) => d.date.length === 10)
      : undefined;
  // The reference for relative words: the wire date, the stamp, else the lead's first full date.
  const reference = wireDate?.date ?? stamped ?? leadDate(dateText, body);
  for (const s of sentences) {
    if (s.role === 'paragraph' || s.role === 'caption' || s.role === 'highlight') {
      s.dates = findDates(dateText, s.from, s.end, reference);
    }
  }
  const dateline = reference;
  return { text, parts, sentences, body, published, dateline, reference, agency };
}
