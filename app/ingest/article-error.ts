/** Why an article could not be read. */
export type ArticleErrorCode = 'empty' | 'binary' | 'too-large' | 'unreadable' | 'not-found';

/** A file that cannot become an article; `message` is one sentence fit to show the user. */
export class ArticleError extends Error {
  readonly code: ArticleErrorCode;

  constructor(code: ArticleErrorCode, message: string) {
    super(message);
    this.name = 'ArticleError';
    this.code = code;
  }
}
