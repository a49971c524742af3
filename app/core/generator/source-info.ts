import type { SourceInfo, Span } from '../briefing';

/** Sentences about where the text came from rather than what happened. */
const DISCLAIMER =
  /\b(translated (?:and edited )?by|has not (?:been )?(?:independently )?verified|have not (?:been )?(?:independently )?verified|could not (?:be )?(?:independently )?verif|cannot (?:be )?(?:independently )?verif|unverified|responsibility for the (?:information|content)|views (?:set out|expressed) in this article|lies entirely with the author|does not necessarily reflect|originally (?:published|appeared) (?:by|in|on)|republished (?:with|by)|contributed to this report|this (?:story|article|report) has been updated|(?:additional )?reporting by|all rights reserved|copyright ©?)/i;
const NOT_VERIFIED =
  /\b(has not (?:been )?(?:independently )?verified|have not (?:been )?(?:independently )?verified|could not (?:be )?(?:independently )?verif|cannot (?:be )?(?:independently )?verif|unverified|not been verified)/i;
const PUBLISHER_AFTER =
  /\b(?:translated (?:and edited )?by|published by|edited by|originally (?:published|appeared) (?:by|in|on)|republished (?:with permission )?(?:from|by)|courtesy of|copyright ©?)\s+((?:The\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*){0,5})/u;
const DAILY_MAIL_BYLINE = /^By\s+(.+)$/su;

/** True when the sentence talks about the article's provenance (translation, verification, rights). */
export function isDisclaimerSentence(sentence: string): boolean {
  return DISCLAIMER.test(sentence);
}

/**
 * Builds the provenance block from disclaimer sentences and byline lines. `verified` is true
 * only when the text itself says the content was verified; silence is not verification.
 */
export function buildSourceInfo(text: string, disclaimers: Span[], bylines: Span[]): SourceInfo {
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
    const who = m ? m[1].replace(/\s+/g, ' ').trim() : '';
    // "By Daily Mail Reporter" names the house, "By Tim Shipman" a writer, not a publisher.
    const house =
      /^(.*?\b(?:Mail|Times|Post|News|Press|Reuters|Agence France-Presse|Associated Press|Observer|Guardian|Telegraph))\b/.exec(
        who,
      );
    if (house && !publisher) publisher = house[1];
    sources.push(span);
  }
  if (publisher && sources.length === 0) publisher = null;
  const disclaimer = disclaimers.length
    ? disclaimers.map((s) => text.slice(s.start, s.end)).join(' ')
    : null;
  if (disclaimers.some((s) => NOT_VERIFIED.test(text.slice(s.start, s.end)))) verified = false;
  return { publisher, disclaimer, verified, sources };
}
