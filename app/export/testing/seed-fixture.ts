/**
 * Hand-built briefing files for export tests and benches (until the generator lands, and to keep
 * tests independent of it). Pure: the caller passes the article text and its SHA-256.
 */
import type { Annotation } from '../../core/annotation';
import { DEFAULT_LEGEND } from '../../core/annotation';
import type { Block, Item, Span } from '../../core/briefing';
import { CURRENT_SCHEMA_VERSION } from '../../core/briefing-file';
import type { BriefingFile } from '../../core/briefing-file';

/** The span of the first occurrence of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

/** Splits text into line blocks: short lines without a full stop are headings. */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') {
      const kind = line.length < 60 && !/[.!?”]$/.test(line) ? 'heading' : 'paragraph';
      blocks.push({ id: `b${i}`, kind, start: offset, end: offset + line.length });
    }
    offset += line.length + 1;
  });
  return blocks;
}

function item(id: string, text: string, sources: Span[]): Item {
  return { id, text, sources };
}

export function note(
  id: string,
  text: string,
  exact: string,
  start: number,
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    target: {
      blockId: 'article',
      quote: { exact, prefix: '', suffix: '' },
      position: { start, end: start + exact.length },
    },
    body: { note: text, tags: ['test'], colour: 'fact' },
    visibility: 'shared',
    status: 'anchored',
    created: '2025-09-09T10:00:00.000Z',
    updated: '2025-09-09T10:00:00.000Z',
    ...extra,
  };
}

/** The seed article (turkey-syria-air-defence-2025-09-08.txt) as a small generated briefing. */
export function seedBriefing(text: string, sha256: string): BriefingFile {
  const s = (needle: string) => spanOf(text, needle);
  const sentence = (startsWith: string) => {
    const start = text.indexOf(startsWith);
    if (start < 0) throw new Error(`fixture: "${startsWith}" not in text`);
    const end = text.indexOf('.', start) + 1;
    return { start, end };
  };
  const kadioglu = s('Kadıoğlu');
  const erdogan = s('Erdoğan');
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'seed-turkey-syria',
    createdAt: '2025-09-09T09:00:00.000Z',
    updatedAt: '2025-09-09T09:00:00.000Z',
    generator: { name: 'fixture', version: '0' },
    article: {
      text,
      sha256,
      fileName: 'turkey-syria-air-defence-2025-09-08.txt',
      format: 'text',
      blocks: blocksOf(text),
    },
    briefing: {
      title: 'Turkey deepens military ties with Syria’s post-Assad administration',
      titleSources: [sentence('The meeting, which')],
      dateline: '2025-09-08',
      source: {
        publisher: 'The Syrian Observer',
        disclaimer:
          'The Syrian Observer has not verified the content of this story. Responsibility for the information and views set out in this article lies entirely with the author.',
        verified: false,
        sources: [sentence('The Syrian Observer has not')],
      },
      bluf: [
        item(
          'bluf-1',
          'Turkey hosted the commander of the Syrian Air Force and Air Defence in Ankara on 8 September 2025, extending an August cooperation agreement.',
          [sentence('On 8 September 2025'), sentence('While the discussions')],
        ),
      ],
      sections: [
        {
          id: 's1',
          kind: 'key-developments',
          heading: 'Key developments',
          items: [
            item('s1-1', 'General Ziya Cemal Kadıoğlu attended the meeting in Ankara.', [
              sentence('The meeting, which'),
            ]),
            item('s1-2', 'The Turkish Ministry of Defence announced the visit on X.', [
              sentence('The Turkish Ministry'),
            ]),
          ],
        },
        {
          id: 's2',
          kind: 'cooperation',
          heading: 'Cooperation',
          items: [
            item(
              's2-1',
              'The memorandum covers joint training, advisory support, intelligence exchange and logistics.',
              [sentence('According to a source')],
            ),
          ],
        },
        {
          id: 's3',
          kind: 'regional-implications',
          heading: 'Regional implications',
          items: [
            item(
              's3-1',
              'President Recep Tayyip Erdoğan presents Turkey as a guarantor of regional security.',
              [sentence('President Recep')],
            ),
          ],
        },
        {
          id: 's4',
          kind: 'concerns',
          heading: 'Concerns',
          items: [
            item(
              's4-1',
              'Over 3,000 extrajudicial executions have been documented since December 2024.',
              [sentence('Reports from the Syrian')],
            ),
          ],
        },
      ],
      actors: [
        {
          id: 'a1',
          name: 'Ziya Cemal Kadıoğlu',
          kind: 'person',
          role: 'Turkish Air Force Commander',
          mentions: [kadioglu],
        },
        {
          id: 'a2',
          name: 'Recep Tayyip Erdoğan',
          kind: 'person',
          role: 'President of Turkey',
          mentions: [erdogan],
        },
        {
          id: 'a3',
          name: 'The Syrian Observer',
          kind: 'organization',
          mentions: [s('The Syrian Observer')],
        },
      ],
      timeline: [
        {
          id: 't1',
          date: '2024-12',
          text: 'Collapse of the Assad regime.',
          sources: [s('the collapse of Bashar al-Assad’s regime in December 2024')],
        },
        {
          id: 't2',
          date: '2025-08',
          text: 'Turkey–Syria military cooperation agreement signed.',
          sources: [s('signed between Ankara and Damascus in August 2025')],
        },
        {
          id: 't3',
          date: '2025-09-08',
          text: 'Hawary visits Ankara.',
          sources: [sentence('On 8 September 2025')],
        },
      ],
      keyFigures: [
        {
          id: 'k1',
          value: 'over 3,000',
          text: 'extrajudicial executions documented since December 2024',
          sources: [s('over 3,000 extrajudicial executions')],
        },
      ],
    },
    annotations: [
      note(
        'n1',
        'Confirms the August accord is being implemented.',
        'official visit to Ankara',
        text.indexOf('official visit to Ankara'),
        {
          visibility: 'shared',
          body: {
            note: 'Confirms the August accord is being implemented.',
            tags: ['accord'],
            colour: 'fact',
          },
        },
      ),
      note(
        'n2',
        'Private source suggests delivery of radar units before winter begins.',
        'advanced air defence systems',
        text.indexOf('advanced air defence systems'),
        {
          visibility: 'private',
          body: {
            note: 'Private source suggests delivery of radar units before winter begins.',
            tags: ['hawkeye'],
            colour: 'assessment',
          },
          credibility: 3,
          confidence: 'moderate',
        },
      ),
      note(
        'n3',
        'Check the Amnesty figure against the original report from last year.',
        'over 3,000 extrajudicial executions',
        text.indexOf('over 3,000'),
        {
          visibility: 'shared',
          status: 'orphaned',
          body: {
            note: 'Check the Amnesty figure against the original report from last year.',
            tags: [],
            colour: 'follow-up',
          },
        },
      ),
    ],
    legend: DEFAULT_LEGEND.map((l) => ({ ...l })),
    handling: 'TLP:AMBER',
    sourceGrade: 'C',
  };
}
