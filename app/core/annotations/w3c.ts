/**
 * Export to the W3C Web Annotation Data Model (JSON-LD, anno.jsonld); import is in
 * w3c-import.ts. Our extras (visibility, status, credibility, confidence) travel as
 * `bd:`-prefixed keys; the `bd` prefix is declared in an inline context next to the W3C one,
 * so JSON-LD tools keep them.
 */

import type { Annotation } from '../annotation';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Namespace of our extension properties. */
export const BD_NAMESPACE = 'https://briefing-desk.invalid/ns/annotation#';
const CONTEXT = [W3C_CONTEXT, { bd: BD_NAMESPACE }] as const;
/** Every id we write starts with this; import strips it back off. */
export const ID_PREFIX = 'urn:briefing-desk:';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: string;
}

export interface W3CAnnotation {
  '@context'?: typeof CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: W3CTextualBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'bd:visibility': string;
  'bd:status': string;
  'bd:credibility'?: number;
  'bd:confidence'?: string;
}

export interface W3CCollection {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

export interface ExportSource {
  /** Id of the briefing the annotations belong to; becomes part of every annotation id. */
  briefingId: string;
  /** Lower-case hex SHA-256 of the article text; names the annotated resource. */
  articleSha256: string;
}

/** One annotation as W3C JSON-LD. `withContext: false` for items inside a collection. */
export function toW3CAnnotation(
  annotation: Annotation,
  source: ExportSource,
  withContext = true,
): W3CAnnotation {
  const { target, body } = annotation;
  const bodies: W3CTextualBody[] = [];
  if (body.note !== '')
    bodies.push({
      type: 'TextualBody',
      value: body.note,
      format: 'text/markdown',
      purpose: 'commenting',
    });
  for (const tag of body.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  bodies.push({ type: 'TextualBody', value: body.colour, purpose: 'classifying' });
  const result: W3CAnnotation = {
    ...(withContext ? { '@context': CONTEXT } : {}),
    id: `${ID_PREFIX}${encodeURIComponent(source.briefingId)}:${encodeURIComponent(annotation.id)}`,
    type: 'Annotation',
    motivation: body.note === '' ? 'highlighting' : 'commenting',
    created: annotation.created,
    modified: annotation.updated,
    body: bodies,
    target: {
      type: 'SpecificResource',
      source: `urn:sha256:${source.articleSha256}#${encodeURIComponent(target.blockId)}`,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: target.quote.exact,
          prefix: target.quote.prefix,
          suffix: target.quote.suffix,
        },
        { type: 'TextPositionSelector', start: target.position.start, end: target.position.end },
      ],
    },
    'bd:visibility': annotation.visibility,
    'bd:status': annotation.status,
  };
  if (annotation.credibility !== undefined) result['bd:credibility'] = annotation.credibility;
  if (annotation.confidence !== undefined) result['bd:confidence'] = annotation.confidence;
  return result;
}

/** All annotations as one AnnotationCollection whose single page embeds them (no `first` when empty). */
export function toW3CCollection(
  annotations: readonly Annotation[],
  source: ExportSource,
  label = 'Briefing annotations',
): W3CCollection {
  const id = `${ID_PREFIX}${encodeURIComponent(source.briefingId)}`;
  const collection: W3CCollection = {
    '@context': CONTEXT,
    id: `${id}:annotations`,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
  };
  if (annotations.length > 0) {
    collection.first = {
      id: `${id}:annotations:page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: annotations.map((a) => toW3CAnnotation(a, source, false)),
    };
  }
  return collection;
}
