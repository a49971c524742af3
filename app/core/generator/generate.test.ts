import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Generated } from '../briefing';
import { briefingProblems, groundedShare } from './briefing-invariants';
import { generateBriefing } from './generate';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixtureDir = resolve(repoRoot, '../shared/fixtures/articles');

function load(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trimEnd();
}

function run(text: string, format: 'text' | 'markdown' = 'text'): Generated {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return generateBriefing({ text, fileName: 'article.txt', format, sha256 });
}

function sectionText(g: Generated, kind: string): string {
  return (g.briefing.sections.find((s) => s.kind === kind)?.items ?? [])
    .map((i) => i.text)
    .join(' \n ');
}

function actor(g: Generated, name: string) {
  return g.briefing.actors.find((a) => a.name === name);
}

function names(g: Generated, kind: string): string[] {
  return g.briefing.actors.filter((a) => a.kind === kind).map((a) => a.name);
}

const seedText = load(
  resolve(repoRoot, 'resources/articles/turkey-syria-air-defence-2025-09-08.txt'),
);

describe('generateBriefing on the seed article', () => {
  const g = run(seedText);
  const b = g.briefing;

  it('keeps the text and satisfies every invariant', () => {
    expect(g.article.text).toBe(seedText);
    expect(briefingProblems(g)).toEqual([]);
  });

  it('builds a short headline from the lead and finds the dateline', () => {
    expect(b.title.split(/\s+/).length).toBeLessThanOrEqual(14);
    expect(b.title).toMatch(/Hawary|Bayraktaroğlu|Chief of the General Staff/);
    expect(b.titleSources[0].start).toBeLessThan(seedText.indexOf('. The meeting'));
    expect(b.dateline).toBe('2025-09-08');
  });

  it('puts the translation disclaimer in source, not in the sections', () => {
    expect(b.source.publisher).toBe('The Syrian Observer');
    expect(b.source.verified).toBe(false);
    expect(b.source.disclaimer).toContain('has not verified');
    const body = JSON.stringify([b.bluf, b.sections]);
    expect(body).not.toContain('translated and edited');
    expect(body).not.toContain('has not verified');
  });

  it('leads with the Ankara meeting', () => {
    expect(b.bluf.length).toBeGreaterThanOrEqual(1);
    expect(b.bluf.length).toBeLessThanOrEqual(3);
    expect(b.bluf[0].text).toContain('Hawary');
  });

  it('sorts sentences into cooperation, regional implications and concerns', () => {
    expect(b.sections.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['cooperation', 'regional-implications', 'concerns']),
    );
    const cooperation = sectionText(g, 'cooperation');
    for (const phrase of [
      'joint training',
      'advisory support',
      'intelligence exchange',
      'material assistance',
      'equipment',
      'August',
    ]) {
      expect(cooperation).toContain(phrase);
    }
    const regional = sectionText(g, 'regional-implications');
    for (const phrase of ['recalibrated geopolitical posture', 'guarantor', 'air defence systems'])
      expect(regional).toContain(phrase);
    const concerns = sectionText(g, 'concerns');
    for (const phrase of [
      '3,000 extrajudicial executions',
      'fragile transition',
      'scrutiny',
      'governance',
      'accountability',
      'reconciliation',
    ]) {
      expect(concerns).toContain(phrase);
    }
    for (const s of b.sections) expect(s.items.length).toBeLessThanOrEqual(6);
  });

  it('names the seven people once each, with roles', () => {
    expect(names(g, 'person').sort()).toEqual(
      [
        'Aassem Rashed Hawary',
        'Ahmed al-Sharaa',
        'Bashar al-Assad',
        'Metin Gürak',
        'Recep Tayyip Erdoğan',
        'Selçuk Bayraktaroğlu',
        'Ziya Cemal Kadıoğlu',
      ].sort(),
    );
    const hawary = actor(g, 'Aassem Rashed Hawary')!;
    expect(hawary.role).toBe('Commander of the Syrian Air Force and Air Defence');
    expect(hawary.mentions.map((m) => seedText.slice(m.start, m.end))).toEqual([
      'Aassem Rashed Hawary',
      'Hawary',
      'Hawary',
    ]);
    expect(actor(g, 'Ziya Cemal Kadıoğlu')!.mentions.length).toBe(3);
    expect(actor(g, 'Selçuk Bayraktaroğlu')!.role).toContain('Chief of the General Staff');
    expect(actor(g, 'Recep Tayyip Erdoğan')!.role).toBe('President');
    expect(actor(g, 'Metin Gürak')!.role).toContain('Chief of Staff');
  });

  it('finds organisations and places', () => {
    expect(names(g, 'organization')).toEqual(
      expect.arrayContaining([
        'Turkish Ministry of Defence',
        'Syrian Observatory for Human Rights',
        'Amnesty International',
        'The Syrian Observer',
        'Turkish Air Force',
      ]),
    );
    expect(names(g, 'place')).toEqual(
      expect.arrayContaining(['Turkey', 'Syria', 'Ankara', 'Damascus', 'Istanbul']),
    );
    // "Ministry of Defence" after "Turkey’s" is the same ministry.
    expect(actor(g, 'Turkish Ministry of Defence')!.mentions.length).toBe(2);
    expect(names(g, 'organization')).not.toContain('Ministry of Defence');
  });

  it('dates the timeline at the precision the text gives', () => {
    const dates = b.timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2024-12', '2025-07', '2025-08', '2025-09-08']));
    expect(b.timeline.find((e) => e.date === '2024-12' && /Assad/.test(e.text))).toBeDefined();
    expect(b.timeline.find((e) => e.date === '2025-07')!.text).toContain('IDEF 2025');
    expect(b.timeline.find((e) => e.date === '2025-08')!.text).toMatch(/agreement/);
    expect(dates.filter((d) => d.startsWith('2024-12-'))).toEqual([]);
  });

  it('keeps the executions count and skips years', () => {
    const executions = b.keyFigures.find((f) => f.value === 'over 3,000');
    expect(executions?.text).toContain('extrajudicial executions');
    expect(b.keyFigures.some((f) => /^\d{4}$/.test(f.value))).toBe(false);
  });

  it('divides the article into its own headings and paragraphs', () => {
    const headings = g.article.blocks
      .filter((x) => x.kind === 'heading')
      .map((x) => seedText.slice(x.start, x.end));
    expect(headings).toEqual(['A New Chapter in Military Cooperation', 'Regional Implications']);
    expect(g.article.blocks.filter((x) => x.kind === 'paragraph')).toHaveLength(8);
  });

  it('is deterministic', () => {
    expect(run(seedText)).toEqual(g);
  });
});

describe('generateBriefing on the fixtures', () => {
  const fixture = (n: string): { text: string; g: Generated } => {
    const text = load(resolve(fixtureDir, `${n}.txt`));
    return { text, g: run(text, n === 'a05' || n === 'a06' ? 'markdown' : 'text') };
  };

  it.each(['a01', 'a02', 'a03', 'a04', 'a05', 'a06'])('%s satisfies every invariant', (n) => {
    const { text, g } = fixture(n);
    expect(g.article.text).toBe(text);
    expect(briefingProblems(g)).toEqual([]);
    expect(g.briefing.sections.length).toBeGreaterThanOrEqual(1);
  });

  it('a01 (BBC): title line, no dateline, Blair and Brown', () => {
    const { g } = fixture('a01');
    expect(g.briefing.title).toBe("Blair backs 'pre-election budget'");
    expect(g.briefing.dateline).toBeNull();
    expect(names(g, 'person')).toEqual(
      expect.arrayContaining(['Tony Blair', 'Gordon Brown', 'Oliver Letwin', 'Vincent Cable']),
    );
    const brown = actor(g, 'Gordon Brown')!;
    expect(brown.mentions.length).toBeGreaterThanOrEqual(4);
    expect(names(g, 'organization')).toContain('Institute for Fiscal Studies');
    // "between 3% and 3.5%" is one figure, not two.
    expect(g.briefing.keyFigures.map((f) => f.value)).toEqual(
      expect.arrayContaining(['pounds 8bn', 'between 3% and 3.5%']),
    );
    expect(g.briefing.keyFigures.map((f) => f.value)).not.toContain('3.5%');
    expect(g.briefing.timeline.map((e) => e.date)).toContain('1992');
  });

  it('a02 (BBC): Mitsubishi and Peugeot, dated history, no currency conversions as figures', () => {
    const { g } = fixture('a02');
    expect(g.briefing.title).toBe('Peugeot deal boosts Mitsubishi');
    expect(names(g, 'person')).toContain('Takashi Nishioka');
    expect(names(g, 'organization')).toEqual(
      expect.arrayContaining(['Mitsubishi Motors', 'Peugeot']),
    );
    expect(actor(g, 'Mitsubishi Motors')!.mentions.length).toBeGreaterThanOrEqual(6);
    const values = g.briefing.keyFigures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining(['30,000', '41%', '540bn yen', '472bn yen']));
    expect(values).not.toContain('dollars 5.2bn');
    expect(g.briefing.keyFigures.find((f) => f.value === '30,000')!.text).toContain(
      'sports utility vehicles',
    );
    expect(g.briefing.timeline.map((e) => e.date)).toEqual(
      expect.arrayContaining(['2003', '2004-04']),
    );
  });

  it('a03 (Daily Mail): stamps are metadata, highlights lead, captions stay out of sections', () => {
    const { text, g } = fixture('a03');
    const b = g.briefing;
    expect(b.dateline).toBe('2012-06-22');
    expect(b.title).not.toMatch(/^(By|PUBLISHED|Daily Mail)/);
    expect(b.title).toContain('finance minister');
    expect(b.source.publisher).toBe('Daily Mail');
    // The lead first, then the first highlight that is a sentence; never the market ticker.
    expect(b.bluf.map((i) => i.text)).toEqual([
      expect.stringMatching(/^Greece's new finance minister was rushed to hospital today/),
      'Leaders of Germany, France, Italy and Spain met at 12noon in Rome',
    ]);
    expect(JSON.stringify(b.bluf)).not.toContain('FTSE');
    const highlightsStart = text.indexOf('@highlight');
    const sectionSources = b.sections.flatMap((s) => s.items.flatMap((i) => i.sources));
    expect(sectionSources.every((s) => s.end <= highlightsStart)).toBe(true);
    expect(b.keyFigures.every((f) => f.sources.every((s) => s.end <= highlightsStart))).toBe(true);
    const sectionWords = JSON.stringify(b.sections);
    for (const caption of ['Now hospitalised', 'At odds', 'Warm welcome', 'Heat is on'])
      expect(sectionWords).not.toContain(caption);
    expect(names(g, 'person')).toEqual(
      expect.arrayContaining([
        'Vassilis Rapanos',
        'Mario Monti',
        'Angela Merkel',
        'Christine Lagarde',
        'Francois Hollande',
        'José Manuel Garcia-Margallo',
      ]),
    );
    expect(actor(g, 'Vassilis Rapanos')!.role).toContain('Finance Minister');
    expect(actor(g, 'Angela Merkel')!.role).toMatch(/Chancellor/i);
    expect(actor(g, 'Mario Monti')!.mentions.length).toBeGreaterThanOrEqual(10);
    expect(b.timeline.map((e) => e.date)).toEqual(
      expect.arrayContaining(['2012-06-22', '2012-06-28']),
    );
    expect(b.keyFigures.map((f) => f.value)).toContain('€130billion');
  });

  it('a04 (Daily Mail): troop withdrawal, "yesterday" against the published date', () => {
    const { g } = fixture('a04');
    const b = g.briefing;
    // The dateline is the PUBLISHED stamp; "announced yesterday" is the 17th, on the timeline.
    expect(b.dateline).toBe('2012-12-18');
    expect(b.timeline.map((e) => e.date)).toContain('2012-12-17');
    expect(b.bluf).toHaveLength(2);
    expect(b.bluf[0].text).toMatch(/^More than 3,800 British troops/);
    expect(names(g, 'person')).toEqual(
      expect.arrayContaining(['David Cameron', 'Philip Hammond', 'Barack Obama', 'David Richards']),
    );
    expect(actor(g, 'Philip Hammond')!.role).toBe('Defence Secretary');
    expect(actor(g, 'David Cameron')!.role).toBe('Prime Minister');
    expect(names(g, 'organization')).toContain('Taliban');
    expect(b.keyFigures.map((f) => f.value)).toEqual(
      expect.arrayContaining(['More than 3,800', '£20billion']),
    );
    // No context starts or ends inside "90 per cent".
    for (const f of b.keyFigures) expect(f.text).not.toMatch(/^cent\b|\bper$/);
    expect(b.keyFigures.find((f) => f.value === '90 per cent')!.text).toMatch(
      /carrying out 90 per cent of their own training/,
    );
    expect(b.timeline.map((e) => e.date)).toEqual(
      expect.arrayContaining(['2013', '2014', '2014-12']),
    );
  });

  it('a05 (Markdown): title, published date, subheading, Maduro', () => {
    const { text, g } = fixture('a05');
    const b = g.briefing;
    expect(b.title).toBe(
      'Anger rises in Venezuela as questions grow over strongman Maduro’s victory',
    );
    expect(text.slice(b.titleSources[0].start, b.titleSources[0].end)).toBe(b.title);
    expect(b.dateline).toBe('2024-07-29');
    const headings = g.article.blocks
      .filter((x) => x.kind === 'heading')
      .map((x) => text.slice(x.start, x.end));
    expect(headings).toContain('Calls for transparency');
    expect(JSON.stringify(b.sections)).not.toContain('Published');
    expect(actor(g, 'Nicolás Maduro')!.mentions.length).toBeGreaterThanOrEqual(8);
    expect(names(g, 'person')).toEqual(
      expect.arrayContaining(['Maria Corina Machado', 'Edmundo Gonzalez', 'Hugo Chavez']),
    );
    const council = actor(g, 'National Electoral Council')!;
    expect(council.mentions.map((m) => text.slice(m.start, m.end))).toContain('CNE');
    expect(b.timeline.map((e) => e.date)).toEqual(expect.arrayContaining(['2017', '2024-07-29']));
    expect(b.keyFigures.map((f) => f.value)).toContain('70%');
  });

  it('a06 (Markdown): aid package figures, acronyms, weapon systems are not actors', () => {
    const { g } = fixture('a06');
    const b = g.briefing;
    expect(b.title).toBe(
      'Biden administration announces new $1.7 billion lethal aid package for Ukraine',
    );
    expect(b.dateline).toBe('2024-07-29');
    expect(b.keyFigures.map((f) => f.value)).toEqual(
      expect.arrayContaining(['about $1.7 billion', '$1.5 billion', 'up to $200 million']),
    );
    expect(b.timeline.map((e) => e.date)).toContain('2021-08');
    expect(names(g, 'organization')).toContain('Ukraine Security Assistance Initiative');
    expect(b.actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['NASAMS']));
    expect(b.actors.map((a) => a.name)).not.toContain('HIMARS');
    expect(names(g, 'place')).toContain('Ukraine');
  });
});

describe('generateBriefing on odd input', () => {
  const odd: [string, string][] = [
    ['one word', 'Hello'],
    ['no punctuation', 'a b c d e f g'],
    ['only a heading', 'Regional Implications'],
    ['digits only', '2024 2025 3,000 £5bn 12%'],
    ['Arabic', 'قال الرئيس إن المحادثات في دمشق كانت مثمرة. وأضاف أن التعاون سيستمر في عام 2025.'],
    ['Hebrew', 'ראש הממשלה אמר כי השיחות בירושלים היו פוריות. הוא הוסיף כי שיתוף הפעולה יימשך.'],
    [
      'emoji',
      'Leaders 🇹🇷🤝🇸🇾 met in Ankara on 8 September 2025 😀. Talks 👍 went well, said President Recep Tayyip Erdoğan 🎉.',
    ],
    ['markdown furniture only', '# \n---\n### \n@highlight'],
    ['unclosed quotes', '“He said. ‘She said. "They said'],
    [
      'dotted capitals',
      'İstanbul and IŞİD. İSTANBUL ŞEHİR. Mr. İnce met Gen. Ölçer on 1 May 2024.',
    ],
  ];
  it.each(odd)('%s gives a valid briefing', (_name, text) => {
    const g = run(text);
    expect(g.article.text).toBe(text);
    expect(briefingProblems(g)).toEqual([]);
  });

  it('never breaks on arbitrary text (property)', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), (raw) => {
        const text = raw.trimEnd();
        if (!text.trim()) return;
        expect(briefingProblems(run(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never breaks on shuffled news sentences (property)', async () => {
    const fc = await import('fast-check');
    const pool = [
      seedText,
      ...['a01', 'a02', 'a03', 'a04', 'a05', 'a06'].map((n) =>
        load(resolve(fixtureDir, `${n}.txt`)),
      ),
    ]
      .join('\n')
      .split(/(?<=[.!?])\s+|\n/)
      .filter((s) => s.trim());
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\n\n', ' '),
        (lines, sep) => {
          const text = lines.join(sep).trimEnd();
          const g = run(text);
          expect(briefingProblems(g)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('checks grounding by content words', () => {
    expect(
      groundedShare('Turkey hosted Syria', 'On Monday Turkey hosted a delegation from Syria'),
    ).toBe(1);
    expect(groundedShare('Bananas are yellow', 'Turkey hosted Syria')).toBe(0);
  });
});

describe('generateBriefing stays linear on hostile shapes', () => {
  const N = 200_000;
  const shapes: [string, string][] = [
    ['a long run of spaces', `Start ${' '.repeat(N)}x.`],
    ['one endless sentence of names', 'Ahmed Ali, '.repeat(N / 11)],
    ['possessives', "Turkey's ".repeat(N / 9)],
    ['repeated openers', 'The '.repeat(N / 4)],
    ['capitalised words', 'Alpha Beta '.repeat(N / 11)],
    ['dates', 'in May 2020 and '.repeat(N / 16)],
    ['numbers', '1,000 '.repeat(N / 6)],
    ['commas', `${','.repeat(N)}x`],
    ['dotted initials', 'A.B.C.D. Smith met U.S. officials. '.repeat(N / 35)],
    ['heading-like lines', 'Heading line\n'.repeat(N / 13)],
    ['highlights', '@highlight\n\nThis is it\n\n'.repeat(N / 24)],
    ['one word', 'x'.repeat(N)],
  ];
  it.each(shapes)('%s', (_name, raw) => {
    const text = raw.trimEnd();
    const started = performance.now();
    const g = run(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(briefingProblems(g)).toEqual([]);
  });
});

describe('generateBriefing timeline rules on synthetic articles', () => {
  const timeline = (text: string): [string, string][] =>
    run(text).briefing.timeline.map((e) => [e.date, e.text]);

  it('puts a yearless month in a future clause ahead of the article date', () => {
    const t = timeline(
      'LONDON, 14 September 2023 - The Bank of England raised interest rates again on Thursday. Economists polled by the agency expect one more rise in December as inflation stays high.',
    );
    expect(t.map(([d]) => d)).toContain('2023-12');
    expect(t.map(([d]) => d)).not.toContain('2022-12');
    const peace = timeline(
      'Talks resumed in Geneva on 10 November 2023. Diplomats said a peace treaty could be signed in February if both sides agree.',
    );
    expect(peace.map(([d]) => d)).toContain('2024-02');
  });
});

describe('generateBriefing timelines on the fixtures', () => {
  const timelineOf = (n: string): { date: string; text: string }[] => {
    const text = load(resolve(fixtureDir, `${n}.txt`));
    return run(text, n === 'a05' || n === 'a06' ? 'markdown' : 'text').briefing.timeline;
  };

  it.each(['a01', 'a02', 'a03', 'a04', 'a05', 'a06'])(
    '%s: no event opens with a fragment or repeats a sentence',
    (n) => {
      const events = timelineOf(n);
      for (const e of events)
        expect(e.text).not.toMatch(/^(?:Which|Who|And|But|Or|Leaving|Including|\d{4} and)\b/);
      const texts = events.map((e) => e.text);
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it('a01: "clearer than those in 1997 or 2001" is a comparison, not two events', () => {
    expect(timelineOf('a01').map((e) => e.date)).toEqual(['1992']);
  });

  it('a05: the CNE accusation reads as a sentence', () => {
    const cne = timelineOf('a05').find((e) => /manipulating turnout/.test(e.text));
    expect(cne).toMatchObject({ date: '2017' });
    expect(cne!.text).toMatch(/^The CNE was accused in 2017/);
  });

  it('the seed: executions "since December 2024" are not a December 2024 event', () => {
    const events = run(seedText).briefing.timeline;
    expect(events.filter((e) => /executions/.test(e.text))).toEqual([]);
    expect(events.filter((e) => e.date === '2024-12').map((e) => e.text)).toEqual([
      'The collapse of Bashar al-Assad’s regime in December 2024.',
    ]);
  });
});

describe('generateBriefing actors on the fixtures', () => {
  const of = (n: string): Generated =>
    run(load(resolve(fixtureDir, `${n}.txt`)), n === 'a05' || n === 'a06' ? 'markdown' : 'text');

  it('a01: one Institute for Fiscal Studies, and affiliations as roles', () => {
    const g = of('a01');
    expect(names(g, 'organization')).not.toContain('Institute of Fiscal Studies');
    expect(actor(g, 'Institute for Fiscal Studies')!.mentions).toHaveLength(2);
    expect(actor(g, 'Carl Emmerson')!.role).toBe('Institute for Fiscal Studies');
    expect(actor(g, 'David Page')!.role).toBe('Investec Securities');
  });

  it('a03: Nicholas Spiro speaks for Spiro Sovereign Strategy', () => {
    expect(actor(of('a03'), 'Nicholas Spiro')!.role).toBe('Spiro Sovereign Strategy');
  });

  it('a06: the Defense Department, the US Department of Defense and DoD are one', () => {
    const g = of('a06');
    const dod = g.briefing.actors.filter((a) => /Defense|DoD/.test(a.name));
    expect(dod.map((a) => a.name)).toEqual(['US Department of Defense']);
    expect(dod[0].mentions.map((m) => g.article.text.slice(m.start, m.end))).toEqual([
      'Defense Department',
      'Defense Department',
      'US Department of Defense',
      'DoD',
    ]);
  });
});

describe('generateBriefing provenance on synthetic articles', () => {
  it('quotes a wire lead without its dateline and takes the agency as publisher', () => {
    const text =
      'FRANKFURT (Reuters) - The European Central Bank kept interest rates unchanged on Thursday but signalled it could cut them in December.\n\nPolicymakers said growth in the euro zone remained weak for a third quarter.';
    const g = run(text);
    const b = g.briefing;
    expect(briefingProblems(g)).toEqual([]);
    expect(b.bluf[0].text).toMatch(/^The European Central Bank kept/);
    const [span] = b.bluf[0].sources;
    expect(text.slice(span.start, span.end)).toMatch(/^The European Central Bank kept/);
    expect(b.title).not.toMatch(/FRANKFURT|Reuters/);
    expect(b.source.publisher).toBe('Reuters');
    expect(b.source.sources.map((s) => text.slice(s.start, s.end))).toEqual(['Reuters']);
    expect(names(g, 'place')).toContain('Frankfurt');
  });

  it('keeps a better publisher than the agency', () => {
    const text =
      'GENEVA, 10 November 2023 (AFP) - Talks on a ceasefire resumed in Geneva on Friday after a week of delays.\n\nThis article was translated and edited by The Geneva Observer.';
    const b = run(text).briefing;
    expect(b.source.publisher).toBe('The Geneva Observer');
    expect(b.dateline).toBe('2023-11-10');
    expect(b.bluf[0].text).toMatch(/^Talks on a ceasefire resumed/);
  });

  it('splits a byline into writer, outlet and date, and dates the article by it', () => {
    const text = [
      'Council approves harbour plan',
      '',
      'By Jane Doe, Example News, 3 March 2024',
      '',
      'The city council approved a new harbour plan after months of debate among residents.',
      '',
      'The work will begin next month and will cost about 40 million euros.',
    ].join('\n');
    const b = run(text).briefing;
    expect(b.source.publisher).toBe('Example News');
    expect(b.dateline).toBe('2024-03-03');
    expect(b.timeline.map((e) => e.date)).toContain('2024-04');
    expect(run(text.replace('Jane Doe, Example News', 'Jane Doe')).briefing.source.publisher).toBe(
      null,
    );
    expect(
      run(text.replace('Jane Doe, Example News', 'Daily Mail Reporter')).briefing.source.publisher,
    ).toBe('Daily Mail');
  });
});
