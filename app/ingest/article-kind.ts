/**
 * Files that decode as text but are not articles: a briefing file picked by mistake (for
 * `update-article`, the old briefing instead of the new article), a W3C notes export, any
 * other JSON. Generating from them would make a briefing of braces and quotes, and with
 * `update-article` orphan every note while the one `.bak` keeps only the previous version.
 */
import { ArticleError } from './article-error';

const BRIEFING_NAME = /\.briefing\.json(\.bak)?$/i;

/**
 * Throws `ArticleError` ('unreadable') when `text`, read from the file `name`, is a briefing
 * file (by name or content) or parses as a JSON object or array. An article that merely
 * mentions braces, or opens with "[Updated]", is not JSON and passes.
 */
export function refuseNonArticleText(text: string, name: string): void {
  const give = 'give the article itself (a .txt, .md or .html file)';
  if (BRIEFING_NAME.test(name)) {
    throw new ArticleError('unreadable', `${name} is a briefing file, not an article; ${give}.`);
  }
  const json = parsedJson(text);
  if (json === undefined) return;
  if (isBriefingLike(json)) {
    throw new ArticleError('unreadable', `${name} is a briefing file, not an article; ${give}.`);
  }
  throw new ArticleError('unreadable', `${name} is JSON, not an article text; ${give}.`);
}

/** The parsed value when `text` is a JSON object or array, else undefined. */
function parsedJson(text: string): object | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  if (!((first === '{' && last === '}') || (first === '[' && last === ']'))) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A Briefing Desk file: an object with the article and the generated briefing in it. */
function isBriefingLike(value: object): boolean {
  return !Array.isArray(value) && 'briefing' in value && 'article' in value;
}
