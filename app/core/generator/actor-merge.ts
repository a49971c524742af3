import type { Actor, ActorKind, Span } from '../briefing';
import { DEMONYMS, NOT_ACTORS, ORG_WORDS, PLACES } from './gazetteer';

/** One sighting of a possible actor, before merging. */
export interface Candidate {
  /** null: a lone capitalised word whose kind depends on what else the article names. */
  kind: ActorKind | null;
  name: string;
  tokens: string[];
  mention: Span;
  /** 2: clear evidence; 1: acronym; 0: needs support from other sightings. */
  strength: number;
  sentenceStart: boolean;
  single?: boolean;
  acronym?: string;
  role?: string;
  roleRank?: number;
  /** An acronym known to name a thing (a weapon system), never an actor. */
  blocked?: boolean;
  /** For a place: it follows "in", "to", "from"… so it is the place even if someone bears its name. */
  locative?: boolean;
  /**
   * For a lone word: it stands as a surname does, before a speech verb or ", who" ("Walsh
   * said") or mid-sentence with no article before it.
   */
  surnameLike?: boolean;
  /** For a lone word: 2 after "near"/"cities of" or before "region", 1 after "in", else 0. */
  placeCue?: 0 | 1 | 2;
  /** Read from a title or heading, where every word is capitalised. */
  heading?: boolean;
}

interface Entity {
  kind: ActorKind;
  name: string;
  tokens: string[];
  mentions: Span[];
  role?: string;
  roleRank: number;
  first: number;
}

/** Short and long spellings of the same place. */
const PLACE_ALIASES: Record<string, string> = {
  US: 'United States',
  USA: 'United States',
  'United States of America': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  Britain: 'United Kingdom',
  Türkiye: 'Turkey',
  Kiev: 'Kyiv',
  Burma: 'Myanmar',
  Czechia: 'Czech Republic',
};
const MAX_PER_KIND = 40;
const MAX_MENTIONS = 500;
const KIND_ORDER: ActorKind[] = ['person', 'organization', 'place'];

/**
 * Merges candidate sightings into actors: people by full name (short forms join the unique
 * full name that ends with them), organisations by name without a leading "The" or demonym and
 * by acronym, places through a small alias table. Lone words with no support are dropped.
 */
export function resolveActors(candidates: Candidate[]): Actor[] {
  const entities = new Map<string, Entity>();
  const add = (key: string, kind: ActorKind, c: Candidate, name = c.name): Entity => {
    let e = entities.get(key);
    if (!e) {
      e = { kind, name, tokens: c.tokens, mentions: [], roleRank: -1, first: c.mention.start };
      entities.set(key, e);
    }
    if (name.length > e.name.length) e.name = name;
    if (e.mentions.length < MAX_MENTIONS) e.mentions.push(c.mention);
    if (c.role && (c.roleRank ?? 0) > e.roleRank) {
      e.role = c.role;
      e.roleRank = c.roleRank ?? 0;
    }
    return e;
  };

  // 1. Full person names (two or more words).
  const people = candidates.filter((c) => c.kind === 'person' && !c.single);
  const strongNames = new Set(people.filter((c) => c.strength >= 2).map((c) => c.name));
  // "Willie Walsh, …" then "Walsh said": a later bare surname makes a weak full name a person.
  const surnameSeen = new Set(
    candidates
      .filter((c) => c.single && !c.heading && c.kind !== 'place' && c.surnameLike)
      .map((c) => c.name),
  );
  const supported = (c: Candidate): boolean =>
    !c.heading &&
    surnameSeen.has(c.tokens[c.tokens.length - 1]) &&
    !c.tokens.some((t) => PLACES.has(t));
  for (const c of people) {
    if (strongNames.has(c.name) || supported(c)) add(`p:${c.name}`, 'person', c);
  }
  // Merge names contained in a longer one ("Rashed Hawary" into "Aassem Rashed Hawary").
  const byLast = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const last = e.tokens[e.tokens.length - 1];
    pushTo(byLast, last, e);
  }
  for (const group of byLast.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const short of group.slice(1)) {
      const long = group.find(
        (g) =>
          g !== short &&
          g.tokens.length > short.tokens.length &&
          short.tokens.every((t) => g.tokens.includes(t)),
      );
      if (long) absorb(entities, `p:${short.name}`, long);
    }
  }
  const surname = new Map<string, Entity | null>();
  for (const e of new Set(entities.values())) {
    for (const alias of personAliases(e.tokens)) {
      surname.set(alias, surname.has(alias) && surname.get(alias) !== e ? null : e);
    }
  }

  // 2. Organisations and places.
  const blockedEarly = new Set(candidates.filter((c) => c.blocked).map((c) => c.name));
  const orgAlias = new Map<string, string>();
  for (const c of candidates) {
    if (c.kind === 'place') {
      // "Prime Minister Luís Montenegro … Montenegro said": the surname, not the country.
      const person = c.single !== false && !c.locative ? surname.get(c.name) : undefined;
      if (person && person.tokens.length > 1) {
        if (person.mentions.length < MAX_MENTIONS) person.mentions.push(c.mention);
        continue;
      }
      const name = PLACE_ALIASES[c.name] ?? c.name;
      add(`l:${name}`, 'place', c, name);
    } else if (c.kind === 'organization' && !c.single && !blockedEarly.has(c.name)) {
      const key = orgKey(c.name);
      add(`o:${key}`, 'organization', c);
      if (c.acronym) orgAlias.set(c.acronym, key);
      for (const alias of [initials(c.tokens), ...linkedInitials(key)])
        orgAlias.set(alias, orgAlias.get(alias) ?? key);
      const head = c.tokens[0];
      if (
        c.tokens.length > 1 &&
        !DEMONYMS.has(head) &&
        !ORG_WORDS.has(head) &&
        !NOT_ACTORS.has(head) &&
        !PLACES.has(head) &&
        head !== 'The'
      ) {
        if (!orgAlias.has(head)) orgAlias.set(head, key);
      }
    }
  }
  mergeDemonymOrgs(entities);
  // "Andes Copper shares fell" opening a sentence, "Fires Reach Viña del Mar" in a headline: a
  // weak name already known as an organisation or a place is another mention of it.
  for (const c of people) {
    if (entities.has(`p:${c.name}`)) continue;
    const known = entities.get(`o:${orgKey(c.name)}`) ?? entities.get(`l:${c.name}`);
    if (known && known.kind !== 'person' && known.mentions.length < MAX_MENTIONS)
      known.mentions.push(c.mention);
  }

  // 3. Lone words: surnames, acronyms, organisation short forms, or repeated unknowns.
  const blocked = new Set(candidates.filter((c) => c.blocked).map((c) => c.name));
  const loose = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.single || c.kind === 'place' || c.blocked || blocked.has(c.name)) continue;
    const person = surname.get(c.name);
    if (person) {
      if (person.mentions.length < MAX_MENTIONS) person.mentions.push(c.mention);
      continue;
    }
    // A bare "Health" opening a sentence is an ordinary word, not "Health Service".
    const orgKeyFor =
      c.sentenceStart && !c.acronym && !/^\p{Lu}+$/u.test(c.name)
        ? undefined
        : orgAlias.get(c.name);
    const org = orgKeyFor ? entities.get(`o:${orgKeyFor}`) : undefined;
    if (org) {
      if (org.mentions.length < MAX_MENTIONS) org.mentions.push(c.mention);
      continue;
    }
    pushTo(loose, c.name, c);
  }
  for (const [name, list] of loose) {
    // "Frankfurt" after a dateline's "FRANKFURT": the place already named.
    const place = entities.get(`l:${name}`);
    if (place) {
      for (const c of list)
        if (place.mentions.length < MAX_MENTIONS) place.mentions.push(c.mention);
      continue;
    }
    const kind = list.find((c) => c.kind)?.kind ?? null;
    const midSentence = list.filter((c) => !c.sentenceStart).length;
    const placeCue = list.reduce((m, c) => Math.max(m, c.placeCue ?? 0), 0);
    if (kind === 'organization') for (const c of list) add(`o:${name}`, 'organization', c);
    else if (kind === 'person') for (const c of list) add(`p:${name}`, 'person', c);
    // "in Skellefteå … the Skellefteå plant", "the Valparaíso region": a place, not an organisation.
    else if (placeCue === 2 || (placeCue === 1 && list.length >= 2))
      for (const c of list) add(`l:${name}`, 'place', c);
    else if (list.length >= 2 && midSentence >= 1)
      for (const c of list) add(`o:${name}`, 'organization', c);
  }

  // 4. Order: people, organisations, places; within a kind by first mention. Cap per kind.
  const unique = [...new Set(entities.values())];
  const actors: Actor[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = unique
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)
      .slice(0, MAX_PER_KIND);
    ofKind.sort((a, b) => firstMention(a) - firstMention(b));
    for (const e of ofKind) {
      const mentions = dedupe(e.mentions);
      const actor: Actor = { id: `actor-${actors.length + 1}`, name: e.name, kind, mentions };
      if (e.role) actor.role = e.role;
      actors.push(actor);
    }
  }
  return actors;
}

function personAliases(tokens: string[]): string[] {
  const last = tokens[tokens.length - 1];
  const aliases = [last];
  const bare = last.replace(/^(?:al|el|ad|as|ash|at|an|ar|az)-/, '');
  if (bare !== last) aliases.push(bare, bare.charAt(0).toUpperCase() + bare.slice(1));
  if (tokens.length > 2) aliases.push(`${tokens[0]} ${last}`);
  return aliases;
}

/**
 * The key organisations merge under: no leading "The"; "for" and "of" alike ("Institute for
 * Fiscal Studies" is often written "Institute of Fiscal Studies"); "X Department" and "X Ministry"
 * as "Department of X" and "Ministry of X" ("Defense Department", "Department of Defense").
 * A leading place or demonym stays ("US Department of Defense"; mergeDemonymOrgs joins it).
 */
export function orgKey(name: string): string {
  const key = name
    .replace(/^The\s+/, '')
    .replace(/\s+(?:for|of)\s+(?:the\s+)?/g, ' of ')
    .replace(/\s+/g, ' ');
  const m = /\s(?:Department|Ministry)$/.test(key)
    ? /^((?:\S+\s+){0,3}?)(\p{Lu}[\p{L}\p{M}-]*)\s+(Department|Ministry)$/u.exec(key)
    : null;
  if (!m) return key;
  const prefix = m[1].trim().split(' ').filter(Boolean);
  const leading = prefix.filter((w) => DEMONYMS.has(w) || PLACES.has(w));
  if (leading.length !== prefix.length) return key;
  return [...leading, m[3], 'of', m[2]].join(' ');
}

/** "Department of Defense" → "DoD": initials with the small linking words kept small. */
function linkedInitials(key: string): string[] {
  const words = key.split(' ');
  const start = DEMONYMS.has(words[0]) || PLACES.has(words[0]) ? 1 : 0;
  const core = words.slice(start);
  if (core.length < 3 || !core.includes('of')) return [];
  return [core.map((w) => (w === 'of' ? 'o' : w[0])).join('')];
}

function initials(tokens: string[]): string {
  return tokens
    .filter((t) => /^\p{Lu}/u.test(t) && t !== 'The')
    .map((t) => t[0])
    .join('');
}

/** "Ministry of Defence" joins the one "Turkish Ministry of Defence" (or "US State Department") when exactly one exists. Linear. */
function mergeDemonymOrgs(entities: Map<string, Entity>): void {
  const orgs = [...entities.entries()].filter(([, e]) => e.kind === 'organization');
  const withDemonym = new Map<string, Entity[]>();
  for (const [key, e] of orgs) {
    if (!DEMONYMS.has(e.tokens[0]) && !PLACES.has(e.tokens[0])) continue;
    const rest = key.slice(2).split(' ').slice(1).join(' ');
    pushTo(withDemonym, rest, e);
  }
  for (const [key, e] of orgs) {
    if (DEMONYMS.has(e.tokens[0]) || PLACES.has(e.tokens[0])) continue;
    const longer = withDemonym.get(key.slice(2));
    if (longer?.length === 1) absorb(entities, key, longer[0]);
  }
}

/** Appends to the list under `key`. Mutates `map`. */
function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function absorb(entities: Map<string, Entity>, key: string, into: Entity): void {
  const e = entities.get(key);
  if (!e || e === into) return;
  into.mentions.push(...e.mentions);
  into.first = Math.min(into.first, e.first);
  if (e.role && e.roleRank > into.roleRank) {
    into.role = e.role;
    into.roleRank = e.roleRank;
  }
  entities.set(key, into);
}

function firstMention(e: Entity): number {
  return e.mentions.reduce((m, s) => Math.min(m, s.start), Number.MAX_SAFE_INTEGER);
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans
    .filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)))
    .sort((a, b) => a.start - b.start);
}
