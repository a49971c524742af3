/**
 * The briefing data model: what the generator produces, what the store persists and what
 * every screen and exporter reads. Plain data only, so it crosses IPC and JSON unchanged.
 *
 * Offsets are UTF-16 code-unit indices into `Article.text` (what `String.prototype.slice`
 * uses), `end` exclusive.
 */

/** A half-open range `[start, end)` of the stored article text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The analyst's rewrite of a generated item's text: when, and the generator's own words it
 * replaced. Exports mark the item as the analyst's wording; an article update keeps the
 * rewrite when the generator writes the same words again for the new version.
 */
export interface Rewrite {
  /** ISO time of the last rewrite. */
  at: string;
  /** The text the generator wrote. */
  generated: string;
}

/** A generated statement and the article spans it rests on. */
export interface Item {
  /** Stable within one briefing; also the `blockId` annotations on this item use. */
  id: string;
  text: string;
  sources: Span[];
  /** Present when the analyst rewrote `text`. */
  rewrite?: Rewrite;
}

/** The fixed taxonomy of analytic sections. */
export const SECTION_KINDS = [
  'key-developments',
  'cooperation',
  'regional-implications',
  'concerns',
  'background',
  'outlook',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section {
  id: string;
  kind: SectionKind;
  heading: string;
  items: Item[];
}

export const ACTOR_KINDS = ['person', 'organization', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  mentions: Span[];
}

/** `date` is ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the timeline is sorted by it. */
export interface TimelineEvent {
  id: string;
  date: string;
  text: string;
  sources: Span[];
  rewrite?: Rewrite;
}

/** A number that matters: `value` is the figure as written ("over 3,000"), `text` what it counts. */
export interface KeyFigure {
  id: string;
  value: string;
  text: string;
  sources: Span[];
  rewrite?: Rewrite;
}

export interface SourceInfo {
  publisher: string | null;
  disclaimer: string | null;
  verified: boolean;
  sources: Span[];
}

/** How the article text is divided: its own subheadings and paragraphs, in order. */
export interface Block {
  id: string;
  kind: 'heading' | 'paragraph';
  start: number;
  end: number;
}

export const ARTICLE_FORMATS = ['text', 'markdown', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** The article as stored: the exact text every span points into. */
export interface Article {
  text: string;
  /** Lower-case hex SHA-256 of `text` as UTF-8. */
  sha256: string;
  /** The file it was read from (base name only), when there was one. */
  fileName: string | null;
  format: ArticleFormat;
  blocks: Block[];
}

export interface Briefing {
  title: string;
  titleSources: Span[];
  /** ISO date of the main event, when the text gives one. */
  dateline: string | null;
  source: SourceInfo;
  bluf: Item[];
  sections: Section[];
  actors: Actor[];
  timeline: TimelineEvent[];
  keyFigures: KeyFigure[];
}

/** What the generator returns for one article. */
export interface Generated {
  article: Article;
  briefing: Briefing;
}
