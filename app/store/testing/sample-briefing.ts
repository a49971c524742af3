/**
 * Small valid BriefingFiles for store tests, fixtures and the bench, built from a short
 * literal article (no generator, no disk). Deterministic: same options, same bytes.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LEGEND } from '../../core/annotation';
import type { Annotation } from '../../core/annotation';
import type { BriefingFile } from '../../core/briefing-file';

export const SAMPLE_TEXT =
  'Turkey and Syria sign air defence pact\n\n' +
  'Ankara and Damascus agreed on 8 September 2025 to cooperate on air defence. ' +
  'Officials said over 3,000 personnel would be trained within a year.';

export interface SampleOptions {
  annotations?: number;
  /** Pads each note to about this many characters (for size tests). */
  noteLength?: number;
  /** Repeats the article text to reach roughly this many characters. */
  articleLength?: number;
}

export function sampleBriefingFile(options: SampleOptions = {}): BriefingFile {
  let text = SAMPLE_TEXT;
  if (options.articleLength && options.articleLength > text.length) {
    text = `${text}\n\n`.repeat(Math.ceil(options.articleLength / (text.length + 2))).trimEnd();
  }
  const heading = text.indexOf('\n');
  return {
    schemaVersion: 2,
    id: 'b-0001',
    createdAt: '2025-09-09T08:00:00.000Z',
    updatedAt: '2025-09-09T08:00:00.000Z',
    generator: { name: 'briefing-desk-test', version: '0.0.0' },
    article: {
      text,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      fileName: 'sample.txt',
      format: 'text',
      blocks: [
        { id: 'p0', kind: 'heading', start: 0, end: heading },
        { id: 'p1', kind: 'paragraph', start: heading + 2, end: text.length },
      ],
    },
    briefing: {
      title: 'Turkey and Syria sign air defence pact',
      titleSources: [{ start: 0, end: heading }],
      dateline: '2025-09-08',
      source: { publisher: 'Example Wire', disclaimer: null, verified: false, sources: [] },
      bluf: [
        {
          id: 'bluf-1',
          text: 'Turkey and Syria agreed to cooperate on air defence.',
          sources: [{ start: 40, end: 120 }],
        },
      ],
      sections: [
        {
          id: 's-1',
          kind: 'key-developments',
          heading: 'Key developments',
          items: [
            {
              id: 'i-1',
              text: 'Over 3,000 personnel to be trained.',
              sources: [{ start: 121, end: 180 }],
            },
          ],
        },
      ],
      actors: [{ id: 'a-1', name: 'Ankara', kind: 'place', mentions: [{ start: 40, end: 46 }] }],
      timeline: [
        { id: 't-1', date: '2025-09-08', text: 'Pact agreed.', sources: [{ start: 62, end: 78 }] },
      ],
      keyFigures: [
        {
          id: 'k-1',
          value: 'over 3,000',
          text: 'personnel to be trained',
          sources: [{ start: 135, end: 145 }],
        },
      ],
    },
    annotations: Array.from({ length: options.annotations ?? 2 }, (_, i) =>
      sampleAnnotation(i, options.noteLength),
    ),
    legend: DEFAULT_LEGEND.map((entry) => ({ ...entry })),
    handling: 'TLP:AMBER',
    sourceGrade: 'B',
  };
}

export function sampleAnnotation(index: number, noteLength = 0): Annotation {
  const note = `Note ${index}: check the training figure against the ministry statement.`;
  return {
    id: `n-${String(index).padStart(5, '0')}`,
    target: {
      blockId: 'article',
      quote: { exact: 'air defence', prefix: 'cooperate on ', suffix: '. Officials' },
      position: { start: 103, end: 114 },
    },
    body: {
      note: noteLength > note.length ? note.padEnd(noteLength, ' lorem ipsum') : note,
      tags: index % 3 === 0 ? ['training'] : [],
      colour: DEFAULT_LEGEND[index % DEFAULT_LEGEND.length].key,
    },
    visibility: index % 2 === 0 ? 'private' : 'shared',
    ...(index % 4 === 0 ? { credibility: 2 as const, confidence: 'moderate' as const } : {}),
    status: 'anchored',
    created: '2025-09-09T09:00:00.000Z',
    updated: '2025-09-09T09:00:00.000Z',
  };
}
