/** Long work (import, export, article update) runs once at a time per key. No electron here. */
import { coded } from './deps';

/**
 * Returns `once(key, what, work)`: runs `work` unless work under the same key is running, in
 * which case it is refused with code 'busy' (not queued: the user pressed twice).
 */
export function createRunOnce() {
  const running = new Set<string>();
  return async function once<T>(key: string, what: string, work: () => Promise<T>): Promise<T> {
    if (running.has(key)) throw coded('busy', `${what} is already running; wait for it to finish.`);
    running.add(key);
    try {
      return await work();
    } finally {
      running.delete(key);
    }
  };
}

export type RunOnce = ReturnType<typeof createRunOnce>;
