/**
 * Turns any thrown value into one sentence a user can act on. Known errors (CliError,
 * StoreError, ArticleError, ExportError …) carry their own message; Node's fs errors are
 * translated; anything else is reported as an internal error with a hint to use --debug.
 */
const FS_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EEXIST: 'already exists',
};

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path;
    if (code && FS_MESSAGES[code] && path) return `${path}: ${FS_MESSAGES[code]}.`;
    if (error.name === 'Error' || error.name === 'TypeError' || error.name === 'RangeError') {
      return `internal error: ${error.message} (run again with --debug for details).`;
    }
    return error.message;
  }
  return `internal error: ${String(error)}`;
}
