/**
 * Who may call IPC: the top frame of our own bundle, nothing else. Pure (no electron), so the
 * rule is unit-tested with null frames, subframes and foreign origins; app/main/ipc.ts feeds it
 * from `event.senderFrame`.
 */
import { isTrustedOrigin } from './bundle-path';

/** What the sender check needs to know about the frame that sent an IPC message. */
export interface SenderFrame {
  url: string;
  isTopFrame: boolean;
}

/** The frame-like part of Electron's `WebFrameMain` that `describeSenderFrame` reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for the top frame of `app://bundle`. A null frame (it navigated away or was
 * destroyed before the message was handled), a subframe, or any other origin is refused.
 */
export function isTrustedSender(frame: SenderFrame | null): boolean {
  if (frame === null || typeof frame !== 'object') return false;
  if (frame.isTopFrame !== true) return false;
  return typeof frame.url === 'string' && isTrustedOrigin(frame.url);
}

/**
 * Reads `event.senderFrame` into a plain `SenderFrame`, or null when there is no frame or
 * reading it throws (Electron throws "Render frame was disposed" for a frame torn down while
 * the message was in flight).
 */
export function describeSenderFrame(event: {
  readonly senderFrame: FrameLike | null | undefined;
}): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return null;
    const url = frame.url;
    if (typeof url !== 'string') return null;
    return { url, isTopFrame: frame.parent === null };
  } catch {
    return null;
  }
}
