import type { Actor } from '../briefing';
import type { Analysis } from './analysis';

/** Placeholder until the actor finder lands. */
export function findActors(_analysis: Analysis): Actor[] {
  return [];
}
