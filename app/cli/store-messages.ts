/**
 * The store's load errors, worded for the command that met them. The store appends "The file
 * was left untouched; …" to every load error, which reassures after a write but alarms after
 * `show` or `check`, which never write; and it reports an article given by mistake as JSON
 * syntax ("Unexpected token 'O', "On 8 Septe"…").
 */
import { open } from 'node:fs/promises';
import { KEPT_IN_MEMORY } from '../store/durable-adapter';
import type { StoreError } from '../store/errors';

const UNTOUCHED =
  / ?The file was left untouched; (?:there is no backup of it\.|a backup exists at (.+)\.)$/;

/**
 * `message` without the store's "left untouched" sentence; a backup it names is kept as
 * "A backup exists at x.bak.".
 */
export function withoutUntouchedNote(message: string): string {
  return message.replace(UNTOUCHED, (_all, backup?: string) =>
    backup ? ` A backup exists at ${backup}.` : '',
  );
}

/**
 * True when the start of `file` reads as text rather than JSON (an article, HTML, notes): valid
 * UTF-8 (a cut character at the end of the sample aside) without NUL, not opening like JSON.
 * Bytes that are not UTF-8 (a UTF-16 file, binary) are not called an article.
 */
async function looksLikeText(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      return false;
    }
    const first = /\S/u.exec(text.replace(/^\uFEFF/, ''))?.[0];
    return first !== undefined && !'{["'.includes(first);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** What the CLI needs of a store failure: `StoreError`, or a library entry's `error` with its path. */
export interface StoreFailure {
  code: StoreError['code'];
  path: string;
  message: string;
}

/**
 * The sentence to print for a store error met by a command. `writes`: the command writes the
 * briefing file, so saying it was left untouched is news worth keeping. `list` and `check` word
 * the same file the same way through here.
 */
export async function storeErrorMessage(error: StoreFailure, writes: boolean): Promise<string> {
  if (error.code === 'not-json' && (await looksLikeText(error.path))) {
    return `${error.path} is not a briefing file (it looks like an article; use \`briefing generate\`).`;
  }
  // The store's app wording promises the edit is kept for a retry; this process is exiting.
  const message = error.message.replace(
    KEPT_IN_MEMORY,
    'The file was left as it was; the change was not saved.',
  );
  return writes ? message : withoutUntouchedNote(message);
}
