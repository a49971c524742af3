/** Errors as values for the annotation domain: callers (CLI, IPC) turn them into messages. */

export type AnnotationErrorCode =
  | 'empty-selection'
  | 'out-of-range'
  | 'empty-quote'
  | 'quote-not-found'
  | 'occurrence-out-of-range'
  | 'unknown-annotation'
  | 'duplicate-id'
  | 'invalid-json'
  | 'invalid-annotation';

export interface AnnotationError {
  code: AnnotationErrorCode;
  /** One clear sentence, fit to show to the analyst. */
  message: string;
}

export type AnnotationResult<T> = { ok: true; value: T } | { ok: false; error: AnnotationError };

export function succeed<T>(value: T): AnnotationResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: AnnotationErrorCode, message: string): AnnotationResult<T> {
  return { ok: false, error: { code, message } };
}
