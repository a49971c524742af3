/**
 * The store's load errors, worded for the command that met them. The store appends "The file
 * was left untouched; …" to every load error, which reassures after a write but alarms after
 * `show` or `check`, which never write; and it reports an article given by mistake as JSON
 * syntax ("Unexpected token 'O', "On 8 Septe"…").
 */
import { open } from 'node:fs/promises';
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

/** True when the start of `file` reads as text rather than JSON (an article, HTML, notes). */
async function looksLikeText(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    const first = /\S/u.exec(head.toString('utf8').replace(/^\uFEFF/, ''))?.[0];
    return first !== undefined && !'{["'.includes(first);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * The sentence to print for a store error met by a command. `writes`: the command writes the
 * briefing file, so saying it was left untouched is news worth keeping.
 */
export async function storeErrorMessage(error: StoreError, writes: boolean): Promise<string> {
  if (error.code === 'not-json' && (await looksLikeText(error.path))) {
    return `${error.path} is not a briefing file (it looks like an article; use \`briefing generate\`).`;
  }
  return writes ? error.message : withoutUntouchedNote(error.message);
}
