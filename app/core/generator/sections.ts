import type { SectionKind } from '../briefing';

/**
 * Cue lexicon per section kind. Each entry is a lower-case word or phrase and its weight; a
 * sentence scores the sum of the cues it contains (whole words). Heading text under which a
 * sentence sits adds a smaller bonus through the same lexicon.
 */
const CUES: Record<SectionKind, Record<string, number>> = {
  'key-developments': {
    announced: 2,
    announces: 2,
    hosted: 2,
    met: 1.5,
    meeting: 1,
    visit: 1.5,
    signed: 1,
    agreed: 1.5,
    declared: 2,
    launched: 2,
    confirmed: 1.5,
    today: 1,
    yesterday: 1,
    'on monday': 1,
    'on tuesday': 1,
    'on wednesday': 1,
    'on thursday': 1,
    'on friday': 1,
    'on saturday': 1,
    'on sunday': 1,
    marks: 1.5,
    'step towards': 1,
    attended: 1,
    struck: 1.5,
    unveiled: 2,
    approved: 1.5,
    voted: 1,
    elected: 1.5,
    won: 1,
    winner: 1.5,
    killed: 1.5,
    arrested: 1.5,
    resigned: 2,
    rushed: 1,
    'last night': 1,
  },
  cooperation: {
    cooperation: 2,
    'co-operation': 2,
    agreement: 1.5,
    accord: 2,
    memorandum: 2,
    partnership: 1.5,
    alliance: 1.5,
    deal: 1.5,
    joint: 1,
    training: 1.5,
    assistance: 2,
    aid: 1.5,
    'aid package': 2,
    package: 1,
    supply: 1,
    support: 1,
    ties: 1.5,
    bilateral: 2,
    collaboration: 1.5,
    exchange: 1,
    'intelligence exchange': 2,
    equipment: 1,
    provision: 1,
    dialogue: 1.5,
    talks: 1,
    together: 1,
    'advisory support': 2,
    'logistical support': 2,
    contributing: 1,
    committing: 1,
    funding: 1,
    allies: 1,
    backing: 1,
    normalisation: 1,
    normalization: 1,
    union: 0.5,
    integration: 1,
  },
  'regional-implications': {
    regional: 2,
    region: 1.5,
    geopolitical: 2.5,
    posture: 2,
    stability: 0.5,
    'regional stability': 2.5,
    strategic: 1.5,
    realignment: 2,
    guarantor: 2.5,
    'regional security': 2,
    influence: 1,
    bolster: 1.5,
    balance: 1,
    neighbours: 1.5,
    neighbors: 1.5,
    'international stage': 2,
    implications: 2,
    counterterrorism: 1.5,
    'world markets': 1.5,
    markets: 1,
    'international community': 1.5,
    flashpoint: 1.5,
    spill: 1,
    wider: 1,
    broader: 0.5,
    global: 1,
    recalibrated: 1.5,
    technology: 0.5,
    capabilities: 0.5,
  },
  concerns: {
    concern: 2.5,
    concerns: 2.5,
    concerned: 2,
    risk: 2,
    risks: 2,
    fragile: 2.5,
    executions: 2.5,
    extrajudicial: 2,
    'human rights': 2.5,
    scrutiny: 2.5,
    accusations: 2,
    fraud: 2.5,
    irregularities: 2.5,
    doubt: 2,
    criticism: 2,
    criticised: 2,
    warned: 1.5,
    fear: 2,
    fears: 2,
    threat: 1.5,
    crisis: 1.5,
    challenges: 2,
    accountability: 2.5,
    governance: 1.5,
    reconciliation: 1.5,
    problematic: 2,
    violence: 2,
    protests: 1.5,
    unrest: 2,
    anger: 1.5,
    casualties: 2,
    losses: 1,
    loss: 1,
    denied: 1,
    opposed: 1,
    refuses: 1,
    questions: 1.5,
    questioned: 1.5,
    complicating: 2,
    lingering: 1.5,
    however: 1,
    yet: 1,
    sanctions: 1.5,
    'not verified': 1,
    optimistic: 1,
    'black hole': 2,
    failures: 1.5,
    troubles: 1.5,
    'profit warnings': 2,
    warning: 1.5,
    recession: 1.5,
    austerity: 1,
    'debt crisis': 2,
    incidents: 1,
    murder: 2,
    fainting: 1,
    'serious questions': 2,
    discrepancy: 2,
    fraudulent: 2,
    'tax rises': 1,
  },
  background: {
    previously: 2,
    prior: 1.5,
    earlier: 1,
    since: 1,
    following: 1,
    history: 1.5,
    'has long': 2,
    predecessor: 1.5,
    'first imposed': 2,
    'builds upon': 2,
    'builds on': 2,
    engagements: 1,
    former: 1,
    'then-chief': 1.5,
    collapse: 1.5,
    'in the past': 1.5,
    'last year': 1,
    ago: 1.5,
    'for years': 1.5,
    'several months': 1,
    origins: 1,
    'was founded': 1.5,
    'in 20': 0.5,
    'in 19': 0.5,
    'held talks': 1.5,
    'the late': 1,
    'for months': 1,
    already: 0.5,
  },
  outlook: {
    will: 1.5,
    'is expected': 2,
    expected: 1.5,
    could: 1,
    may: 1,
    might: 1,
    would: 0.5,
    likely: 1.5,
    next: 1,
    plans: 1.5,
    planned: 1.5,
    future: 1.5,
    forecast: 1.5,
    forecasting: 1.5,
    'going to': 1.5,
    ahead: 1.5,
    depend: 2,
    'long-term': 1.5,
    'in time': 1,
    prospects: 2,
    outlook: 2.5,
    upcoming: 1.5,
    'by the end of': 1.5,
    'next year': 1.5,
    'next week': 1.5,
    target: 1,
    targets: 1,
    intends: 1.5,
    'set to': 1.5,
    seeks: 1,
    aim: 1,
    aims: 1,
  },
};

export const SECTION_HEADINGS: Record<SectionKind, string> = {
  'key-developments': 'Key developments',
  cooperation: 'Cooperation',
  'regional-implications': 'Regional implications',
  concerns: 'Concerns',
  background: 'Background',
  outlook: 'Outlook',
};

/**
 * Every cue of every kind in one table keyed by its words, built once. Scoring walks the
 * sentence's words and looks up phrases of one to MAX_PHRASE words: one pass, no big regex.
 * A cue ending in a space-free prefix like "in 20" matches "in 2017" (see YEARISH).
 */
const CUE_KINDS = new Map<string, [SectionKind, number][]>();
let MAX_PHRASE = 1;
const PHRASE_STARTS = new Set<string>();
for (const kind of Object.keys(CUES) as SectionKind[]) {
  for (const [cue, weight] of Object.entries(CUES[kind])) {
    const list = CUE_KINDS.get(cue);
    if (list) list.push([kind, weight]);
    else CUE_KINDS.set(cue, [[kind, weight]]);
    MAX_PHRASE = Math.max(MAX_PHRASE, cue.split(' ').length);
    if (cue.includes(' ')) PHRASE_STARTS.add(cue.split(' ')[0]);
  }
}
/** Cues are ASCII, so ASCII words suffice; letters outside ASCII only split words. */
const WORD = /[a-z0-9]+(?:[-'’][a-z0-9]+)*/g;
const YEARISH = /^(19|20)\d\d$/;

/** Scores a piece of text against every section kind. */
export function scoreSections(text: string): Record<SectionKind, number> {
  const scores: Record<SectionKind, number> = {
    'key-developments': 0,
    cooperation: 0,
    'regional-implications': 0,
    concerns: 0,
    background: 0,
    outlook: 0,
  };
  const words = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    let phrase = '';
    const longest = PHRASE_STARTS.has(words[i]) ? MAX_PHRASE : 1;
    for (let n = 0; n < longest && i + n < words.length; n++) {
      const word = words[i + n];
      phrase = n === 0 ? word : `${phrase} ${word}`;
      const hits =
        CUE_KINDS.get(phrase) ??
        (YEARISH.test(word) && n > 0
          ? CUE_KINDS.get(`${phrase.slice(0, -word.length)}${word.slice(0, 2)}`)
          : undefined);
      if (hits) for (const [kind, weight] of hits) scores[kind] += weight;
    }
  }
  return scores;
}
