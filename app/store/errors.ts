/**
 * The one error type the store throws. `message` is a sentence a user can act on: it names
 * the file and the problem, and (where relevant) says the file was left untouched and
 * whether a `.bak` exists.
 */

export const STORE_ERROR_CODES = [
  'not-found',
  'unreadable',
  'not-json',
  'not-briefing',
  'invalid',
  'future-version',
  'locked',
  'exists',
  'unwritable',
  'disk-full',
  'conflict',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    /** The file the error is about, as the caller named it. */
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for a `StoreError`, optionally with one of `codes`. */
export function isStoreError(error: unknown, ...codes: StoreErrorCode[]): error is StoreError {
  return error instanceof StoreError && (codes.length === 0 || codes.includes(error.code));
}

/** The Node error code (`ENOENT`, `ENOSPC`…) of an fs failure, if any. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Maps an fs failure while writing `path` to a StoreError. `ENOSPC` → 'disk-full';
 * permission and read-only file system errors → 'unwritable'.
 */
export function writeFailure(path: string, error: unknown, untouched: string): StoreError {
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StoreError(
      'disk-full',
      path,
      `Could not save ${path}: the disk is full. ${untouched}`,
      { cause: error },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StoreError(
      'unwritable',
      path,
      `Could not save ${path}: the folder is not writable (${code}). ${untouched}`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('unwritable', path, `Could not save ${path} (${detail}). ${untouched}`, {
    cause: error,
  });
}
