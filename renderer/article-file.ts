/**
 * The text of an article file the user handed us (dropped, or picked in a file input). The
 * bytes go to main, which decodes them as it decodes files it opens itself (UTF-8, UTF-16, a
 * declared HTML charset, Windows-1252) and refuses binary or oversized files with a sentence;
 * `File.text()` would read every file as UTF-8 and turn a Windows-1252 “quote” into �.
 */
import type { Result } from '../app/ipc/contract';
import { api } from './api';

/** Base64 of `bytes`, in slices small enough for String.fromCharCode's argument limit. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Past this a file is not read at all (main's own limit for one article is lower). */
const SEND_LIMIT = 6 * 1024 * 1024;

export async function readArticleText(file: File): Promise<Result<string>> {
  if (file.size > SEND_LIMIT) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: { code: 'too-large', message: `${file.name} is ${mb} MB, too large for one article.` },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: { code: 'unreadable', message: `Could not read ${file.name}.` } };
  }
  return api.article.decode({ fileName: file.name, base64: toBase64(bytes) });
}
