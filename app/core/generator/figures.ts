import type { KeyFigure } from '../briefing';
import type { Analysis } from './analysis';

/** Placeholder until the figure finder lands. */
export function findKeyFigures(_analysis: Analysis): KeyFigure[] {
  return [];
}
