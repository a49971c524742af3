/**
 * What the article says about its own verification. `verified: false` in a briefing means
 * only "the article does not say it was verified"; whether the publisher actually said it was
 * *not* verified is in the disclaimer. Exports and the reader must not turn silence into
 * "Not verified by the publisher".
 */
import type { SourceInfo } from './briefing';

/** A sentence saying the content was not (independently) verified. */
export const NOT_VERIFIED =
  /\b(has not (?:been )?(?:independently )?verified|have not (?:been )?(?:independently )?verified|could not (?:be )?(?:independently )?verif|cannot (?:be )?(?:independently )?verif|unverified|not been verified)/i;

export type Verification = 'verified' | 'not-verified' | 'not-stated';

export function verificationOf(source: Pick<SourceInfo, 'verified' | 'disclaimer'>): Verification {
  if (source.verified) return 'verified';
  return source.disclaimer && NOT_VERIFIED.test(source.disclaimer) ? 'not-verified' : 'not-stated';
}

/** One line for a reader or an export. */
export const VERIFICATION_LABELS: Record<Verification, string> = {
  verified: 'Verified by the publisher',
  'not-verified': 'Not verified: the publisher says so in its disclaimer',
  'not-stated': 'Not stated: the article says nothing about verification',
};
