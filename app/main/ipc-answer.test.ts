import { describe, expect, it, vi } from 'vitest';
import { answerIpc, FORBIDDEN } from './ipc-answer';

const top = { senderFrame: { url: 'app://bundle/index.html', parent: null } };

describe('answerIpc', () => {
  it('passes a trusted call to the dispatcher', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 7 }));
    await expect(answerIpc({ dispatch }, 'library:list', top, undefined)).resolves.toEqual({
      ok: true,
      value: 7,
    });
    expect(dispatch).toHaveBeenCalledWith('library:list', undefined);
  });

  it('refuses untrusted senders without reaching the dispatcher', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 7 }));
    const senders = [
      { senderFrame: null },
      { senderFrame: { url: 'app://bundle/index.html', parent: top.senderFrame } },
      { senderFrame: { url: 'https://evil.example/', parent: null } },
    ];
    for (const event of senders) {
      await expect(answerIpc({ dispatch }, 'library:list', event, undefined)).resolves.toEqual(
        FORBIDDEN,
      );
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a typed error when the dispatcher throws', async () => {
    const dispatch = vi.fn(() => Promise.reject(new Error('boom')));
    const result = await answerIpc({ dispatch }, 'library:list', top, undefined);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: expect.any(String) } });
  });
});
