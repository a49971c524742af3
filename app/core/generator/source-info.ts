import type { SourceInfo, Span } from '../briefing';
import { NOT_VERIFIED } from '../verification';

/** Sentences about where the text came from rather than what happened. */
const DISCLAIMER =
  /\b(translated (?:and edited )?by|has not (?:been )?(?:independently )?verified|have not (?:been )?(?:independently )?verified|could not (?:be )?(?:independently )?verif|cannot (?:be )?(?:independently )?verif|unverified|responsibility for the (?:information|content)|views (?:set out|expressed) in this article|lies entirely with the author|does not necessarily reflect|originally (?:published|appeared) (?:by|in|on)|republished (?:with|by)|contributed to this report|this (?:story|article|report) has been updated|(?:additional )?reporting by|all rights reserved|copyright ©?)/i;
const PUBLISHER_AFTER =
  /\b(?:translated (?:and edited )?by|published by|edited by|originally (?:published|appeared) (?:by|in|on)|republished (?:with permission )?(?:from|by)|courtesy of|copyright ©?)\s+((?:The\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*){0,5})/u;
const DAILY_MAIL_BYLINE = /^By\s+(.+)$/su;

/** True when the sentence talks about the article's provenance (translation, verification, rights). */
export function isDisclaimerSentence(sentence: string): boolean {
  return DISCLAIMER.test(sentence);
}

/** Words that make a byline's part the publication ("Daily Mail Reporter", "Example News"). */
const HOUSE =
  /^(.*?\b(?:Mail|Times|Post|News|Press|Reuters|AFP|AP|Agence France-Presse|Associated Press|Bloomberg|Observer|Guardian|Telegraph|Independent|Herald|Journal|Tribune|Gazette|Chronicle|Standard|Express|Mirror|Economist|Media|Network|Radio|Television|TV|BBC|CNN))\b/;
/** A byline part that is a date or time, not a name ("3 March 2024", "Updated 14:02"). */
const DATE_PART =
  /\d{1,2}:\d{2}|\b\d{4}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

/**
 * Builds the provenance block from disclaimer sentences, byline lines and a wire dateline's
 * agency ("FRANKFURT (Reuters) -"), which names the publisher only when nothing better does.
 * `verified` is true only when the text itself says the content was verified; silence is not
 * verification.
 */
export function buildSourceInfo(
  text: string,
  disclaimers: Span[],
  bylines: Span[],
  agency: Span | null = null,
): SourceInfo {
  let publisher: string | null = null;
  const sources: Span[] = [];
  let verified = false;
  for (const span of disclaimers) {
    const sentence = text.slice(span.start, span.end);
    const m = PUBLISHER_AFTER.exec(sentence);
    if (m && !publisher) publisher = m[1].replace(/[.'’]+$/, '').replace(/['’]s$/, '');
    if (!NOT_VERIFIED.test(sentence) && /\bverified\b/i.test(sentence)) verified = true;
    sources.push(span);
  }
  for (const span of bylines) {
    const m = DAILY_MAIL_BYLINE.exec(text.slice(span.start, span.end));
    const house = m ? publisherInByline(m[1]) : null;
    if (house && !publisher) publisher = house;
    sources.push(span);
  }
  if (agency && !publisher) {
    publisher = text.slice(agency.start, agency.end);
    sources.push(agency);
  }
  if (publisher && sources.length === 0) publisher = null;
  const disclaimer = disclaimers.length
    ? disclaimers.map((s) => text.slice(s.start, s.end)).join(' ')
    : null;
  if (disclaimers.some((s) => NOT_VERIFIED.test(text.slice(s.start, s.end)))) verified = false;
  return { publisher, disclaimer, verified, sources };
}

/**
 * The publication a byline names. "By Daily Mail Reporter" names the house; "By Tim Shipman" a
 * writer, not a publisher; "By Jane Doe, Example News, 3 March 2024" a writer, then the house,
 * then a date: after the writer, the first part that names a house.
 */
function publisherInByline(who: string): string | null {
  const parts = who
    .replace(/\s+/g, ' ')
    .split(/\s*[,|–—]\s*|\s+-\s+/)
    .map((p) => p.trim())
    .filter((p) => p && !DATE_PART.test(p));
  if (!parts.length) return null;
  if (parts.length === 1) return HOUSE.exec(parts[0])?.[1] ?? null;
  for (const part of parts.slice(1)) {
    const house = HOUSE.exec(part);
    if (house) return house[1] + houseTail(part.slice(house[1].length));
  }
  return HOUSE.exec(parts[0])?.[1] ?? null;
}

/** Job words that end a house name in a byline ("BBC Wales Health Correspondent"). */
const BYLINE_JOB =
  /^(?:Reporter|Correspondent|Editor|Writer|Columnist|Staff|Contributor|Chief|Senior|Political|Health|Business|Economics|Science|Foreign|Diplomatic|Security|Sports?|Home|Environment|Technology)$/;

/**
 * The capitalised words that continue a house name ("BBC" + " Wales"), up to the first
 * lower-case or job word: "BBC Wales health correspondent" names "BBC Wales".
 */
function houseTail(rest: string): string {
  if (!/^\s/.test(rest)) return '';
  let tail = '';
  for (const word of rest.trim().split(/\s+/)) {
    if (!/^\p{Lu}[\p{L}\p{M}'’&.-]*$/u.test(word) || BYLINE_JOB.test(word)) break;
    tail += ` ${word}`;
  }
  return tail;
}
