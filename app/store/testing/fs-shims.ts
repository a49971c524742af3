/** StoreFs shims for tests: count writes, or fail file writes with an errno (ENOSPC …). */
import { execFileSync } from 'node:child_process';
import { realFs } from '../durable-write';
import type { StoreFs } from '../durable-write';

export interface ShimControl {
  fs: StoreFs;
  /** Opens for writing (temp files) so far. */
  writeOpens: number;
  /** When set, every FileHandle.write fails with this code. */
  failWritesWith: string | null;
}

export function shimFs(): ShimControl {
  const control: ShimControl = { fs: realFs, writeOpens: 0, failWritesWith: null };
  const open = (async (file: string, flags?: string, mode?: number) => {
    const handle = await realFs.open(file, flags, mode);
    if (flags === 'wx' || flags === 'w') {
      control.writeOpens++;
      return new Proxy(handle, {
        get(target, key, receiver) {
          if ((key === 'write' || key === 'writev') && control.failWritesWith) {
            const code = control.failWritesWith;
            return () =>
              Promise.reject(
                Object.assign(new Error(`${code}: simulated failure, write`), { code }),
              );
          }
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value;
        },
      });
    }
    return handle;
  }) as StoreFs['open'];
  control.fs = { ...realFs, open };
  return control;
}

/**
 * Makes `dir` unwritable for real even as root (`chattr +i`), returning the undo, or null
 * with the reason when neither chmod nor chattr can do it here.
 */
export function makeReadOnly(dir: string): { undo: () => void } | { reason: string } {
  if (process.getuid?.() !== 0) {
    execFileSync('chmod', ['0555', dir]);
    return { undo: () => execFileSync('chmod', ['0755', dir]) };
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'pipe' });
    return { undo: () => execFileSync('chattr', ['-i', dir], { stdio: 'pipe' }) };
  } catch (error) {
    return {
      reason: `running as root and chattr +i failed (${String(error).split('\n')[0]}); chmod does not stop root`,
    };
  }
}

/** Mounts a tiny tmpfs at `dir` (root only), returning the unmount, or the reason it could not. */
export function mountTinyTmpfs(
  dir: string,
  size: string,
): { undo: () => void } | { reason: string } {
  if (process.getuid?.() !== 0) return { reason: 'mounting a tmpfs needs root' };
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return { undo: () => execFileSync('umount', [dir], { stdio: 'pipe' }) };
  } catch (error) {
    return { reason: `mount -t tmpfs failed (${String(error).split('\n')[0]})` };
  }
}
