import type { Generated, Span } from '../briefing';
import { ACTOR_KINDS, SECTION_KINDS } from '../briefing';
import { orgKey } from './actor-merge';

/** Short forms the generator merges that share no letters with the canonical name. */
const KNOWN_ALIASES: Record<string, string[]> = {
  'United Kingdom': ['Britain', 'Great Britain', 'UK'],
  'United States': ['US', 'USA', 'America', 'United States of America'],
  Turkey: ['Türkiye'],
  Kyiv: ['Kiev'],
};

const ISO_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Checks what every briefing must satisfy, for tests and for validating generated files:
 * spans inside the article and non-empty, never splitting a surrogate pair; items resting on
 * their spans (most content words of the item appear in the spanned text); actor mentions
 * matching the name or a short form; unique ids; sorted ISO timeline; 1–3 BLUF items; at least
 * one section unless the BLUF quotes every paragraph. Returns human-readable problems; empty means valid.
 */
export function briefingProblems(generated: Generated): string[] {
  const { article, briefing } = generated;
  const text = article.text;
  const problems: string[] = [];
  const ids = new Set<string>();
  const checkId = (id: string): void => {
    if (!id) problems.push('empty id');
    if (ids.has(id)) problems.push(`duplicate id ${id}`);
    ids.add(id);
  };
  const checkSpan = (where: string, span: Span): boolean => {
    const ok =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.end <= text.length &&
      span.start < span.end;
    if (!ok) {
      problems.push(`${where}: span ${span.start}-${span.end} outside the article`);
      return false;
    }
    if (!text.slice(span.start, span.end).trim()) problems.push(`${where}: blank span`);
    if (isLowSurrogate(text.charCodeAt(span.start)) || isLowSurrogate(text.charCodeAt(span.end))) {
      problems.push(`${where}: span splits a surrogate pair`);
    }
    return true;
  };
  const checkGrounded = (
    where: string,
    statement: string,
    sources: Span[],
    minShare = 0.6,
  ): void => {
    if (!statement.trim()) problems.push(`${where}: empty text`);
    if (!sources.length) problems.push(`${where}: no sources`);
    if (!sources.every((s) => checkSpan(where, s))) return;
    const share = groundedShare(
      statement,
      sources.map((s) => text.slice(s.start, s.end)).join(' '),
    );
    if (share < minShare)
      problems.push(`${where}: only ${Math.round(share * 100)}% of its words are in its sources`);
  };

  if (article.text === undefined) problems.push('no article text');
  let lastBlockEnd = 0;
  for (const block of article.blocks) {
    checkId(block.id);
    checkSpan(`block ${block.id}`, block);
    if (block.start < lastBlockEnd) problems.push(`block ${block.id} overlaps the previous one`);
    lastBlockEnd = block.end;
  }
  if (!briefing.title.trim()) problems.push('empty title');
  if (briefing.titleSources.length) checkGrounded('title', briefing.title, briefing.titleSources);
  if (briefing.dateline !== null && !ISO_DATE.test(briefing.dateline))
    problems.push(`dateline ${briefing.dateline} is not ISO`);
  briefing.source.sources.forEach((s, i) => checkSpan(`source ${i}`, s));
  if (briefing.bluf.length < 1 || briefing.bluf.length > 3)
    problems.push(`bluf has ${briefing.bluf.length} items`);
  for (const item of briefing.bluf) {
    checkId(item.id);
    checkGrounded(`bluf ${item.id}`, item.text, item.sources);
  }
  // No section is fine only when the BLUF already quotes every paragraph block (a one-line
  // article): a section repeating the BLUF, or the headline, would add nothing.
  const quotedByBluf = (b: Span): boolean =>
    briefing.bluf.some((i) => i.sources.some((s) => s.start < b.end && s.end > b.start));
  const toQuote = article.blocks.filter((b) => b.kind !== 'heading');
  if (!briefing.sections.length && !toQuote.every(quotedByBluf)) problems.push('no sections');
  for (const section of briefing.sections) {
    checkId(section.id);
    if (!SECTION_KINDS.includes(section.kind))
      problems.push(`section ${section.id} has kind ${section.kind}`);
    if (!section.items.length) problems.push(`section ${section.id} is empty`);
    for (const item of section.items) {
      checkId(item.id);
      checkGrounded(`item ${item.id}`, item.text, item.sources);
    }
  }
  for (const actor of briefing.actors) {
    checkId(actor.id);
    if (!ACTOR_KINDS.includes(actor.kind))
      problems.push(`actor ${actor.id} has kind ${actor.kind}`);
    if (!actor.mentions.length) problems.push(`actor ${actor.name} has no mentions`);
    for (const m of actor.mentions) {
      if (!checkSpan(`actor ${actor.name}`, m)) continue;
      const said = text.slice(m.start, m.end);
      if (!mentionNames(said, actor.name))
        problems.push(`actor ${actor.name}: mention "${said}" does not name it`);
    }
  }
  let lastDate = '';
  for (const event of briefing.timeline) {
    checkId(event.id);
    if (!ISO_DATE.test(event.date))
      problems.push(`event ${event.id} date ${event.date} is not ISO`);
    if (event.date < lastDate) problems.push(`timeline not sorted at ${event.id}`);
    lastDate = event.date;
    checkGrounded(`event ${event.id}`, event.text, event.sources);
  }
  for (const figure of briefing.keyFigures) {
    checkId(figure.id);
    checkGrounded(`figure ${figure.id}`, figure.text, figure.sources);
    const spanned = figure.sources.map((s) => text.slice(s.start, s.end)).join(' ');
    if (!spanned.replace(/\s+/g, ' ').includes(figure.value))
      problems.push(`figure ${figure.id}: value "${figure.value}" not in its sources`);
  }
  return problems;
}

/** Share of the statement's content words (3+ letters) found in the source text. */
export function groundedShare(statement: string, source: string): number {
  const words = contentWords(statement);
  if (!words.length) return 1;
  const pool = new Set(contentWords(source));
  return words.filter((w) => pool.has(w)).length / words.length;
}

function contentWords(s: string): string[] {
  const folded = s.normalize('NFKC').toLocaleLowerCase('en').normalize('NFKC');
  return folded.match(/[\p{L}\p{M}\p{N}]{3,}/gu) ?? [];
}

/** True when `said` is the name, a word-level short form of it, an acronym of it or a known alias. */
export function mentionNames(said: string, name: string): boolean {
  const a = said.replace(/\s+/g, ' ').replace(/^The /, '');
  const n = name.replace(/^The /, '');
  if (a === n || n.includes(a) || a.includes(n)) return true;
  // A dateline in capitals ("GENEVA") names the place written "Geneva".
  if (/^[\p{Lu}\s]+$/u.test(a) && n.toLocaleUpperCase('en').includes(a)) return true;
  // "for" and "of" alike: "Institute of Fiscal Studies" names the "Institute for Fiscal Studies".
  const parts = n.split(/[\s-]+/).map((w) => (w === 'for' ? 'of' : w));
  const words = a.split(/[\s-]+/).map((w) => (w === 'for' ? 'of' : w));
  if (words.every((w) => parts.includes(w) || parts.includes(`al-${w}`))) return true;
  // Acronyms: "CNE", and "DoD" for a "Department of Defense".
  if (/^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(a) && a.length <= 10) {
    // Also the merge key's words: "Defense Department" is keyed "Department of Defense" (DoD).
    const keyed = orgKey(name).split(' ');
    const initials = new Set([...parts, ...keyed].map((p) => (p === 'of' ? 'o' : p[0])));
    if ([...a].every((c) => initials.has(c))) return true;
  }
  return (KNOWN_ALIASES[name] ?? []).includes(a);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
