/**
 * An analyst's highlight or note, anchored to words in one block of the briefing.
 * Modelled on the W3C Web Annotation data model (TextQuoteSelector + TextPositionSelector),
 * so it exports to JSON-LD without loss.
 */

/** The annotatable text blocks: the article (`article`) or a generated item (its `Item.id`). */
export const ARTICLE_BLOCK_ID = 'article';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets into the block's text, `end` exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface AnnotationTarget {
  blockId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export const ANCHOR_STATUSES = ['anchored', 'moved', 'orphaned'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export const VISIBILITIES = ['private', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const CONFIDENCES = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface AnnotationBody {
  /** Markdown, written by the analyst. Rendered with raw HTML shown as text. */
  note: string;
  tags: string[];
  /** A key of the briefing's colour legend. */
  colour: string;
}

export interface Annotation {
  id: string;
  target: AnnotationTarget;
  body: AnnotationBody;
  visibility: Visibility;
  /** Admiralty information credibility, 1 (confirmed) … 6 (cannot be judged). */
  credibility?: 1 | 2 | 3 | 4 | 5 | 6;
  confidence?: Confidence;
  status: AnchorStatus;
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
}

/** One entry of the colour legend: an analytic meaning with a colour per theme. */
export interface LegendEntry {
  key: string;
  label: string;
  light: string;
  dark: string;
}

/** The default legend from DESIGN.md. Analysts may rename and recolour per briefing. */
export const DEFAULT_LEGEND: readonly LegendEntry[] = [
  { key: 'fact', label: 'Key fact', light: '#FFF3B0', dark: '#5C4B00' },
  { key: 'assessment', label: "Analyst's judgement", light: '#D6E9FF', dark: '#133B66' },
  { key: 'gap', label: 'Question / intelligence gap', light: '#FFE0CC', dark: '#6B2E00' },
  { key: 'disputed', label: 'Disputed or doubtful', light: '#F8D7E3', dark: '#5E1B33' },
  { key: 'follow-up', label: 'To follow up', light: '#DDF5E1', dark: '#1D4D2A' },
];
