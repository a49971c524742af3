import type { Annotation } from '../../../app/core/annotation';

export interface NoteFilters {
  /** Legend key, or '' for all. */
  colour: string;
  tag: string;
  /** 'private' | 'shared' | ''. */
  visibility: string;
  text: string;
}

export const NO_FILTERS: NoteFilters = { colour: '', tag: '', visibility: '', text: '' };

/** Notes matching every set filter; text matches the note, the quote and the tags, case-insensitively. */
export function filterNotes(annotations: readonly Annotation[], f: NoteFilters): Annotation[] {
  const needle = f.text.trim().toLocaleLowerCase();
  return annotations.filter(
    (a) =>
      (f.colour === '' || a.body.colour === f.colour) &&
      (f.tag === '' || a.body.tags.includes(f.tag)) &&
      (f.visibility === '' || a.visibility === f.visibility) &&
      (needle === '' ||
        a.body.note.toLocaleLowerCase().includes(needle) ||
        a.target.quote.exact.toLocaleLowerCase().includes(needle) ||
        a.body.tags.some((t) => t.toLocaleLowerCase().includes(needle))),
  );
}

/** Every tag in use, sorted. */
export function allTags(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.flatMap((a) => a.body.tags))].sort((a, b) => a.localeCompare(b));
}

/** "a, b ,, c" → ['a', 'b', 'c']. */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}
