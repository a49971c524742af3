import { describe, expect, it } from 'vitest';
import { DEFAULT_LEGEND } from '../../../app/core/annotation';
import { contrastRatio, legendProblem, TEXT_ON } from './legend';

const legend = (patch: Partial<(typeof DEFAULT_LEGEND)[number]>, at = 0) =>
  DEFAULT_LEGEND.map((l, i) => (i === at ? { ...l, ...patch } : l));

describe('legendProblem', () => {
  it('accepts the default legend and a renamed, recoloured one', () => {
    expect(legendProblem(DEFAULT_LEGEND)).toBeNull();
    expect(legendProblem(legend({ label: 'Confirmed fact', light: '#abcdef' }))).toBeNull();
    expect(legendProblem(legend({ label: 'x'.repeat(40) }))).toBeNull();
  });

  it('names the problem', () => {
    expect(legendProblem(legend({ label: '  ' }, 1))).toBe('Colour 2 needs a label.');
    expect(legendProblem(legend({ label: 'x'.repeat(41) }))).toMatch(/longer than 40/);
    expect(legendProblem(legend({ label: 'a\nb' }))).toMatch(/one line/);
    expect(legendProblem(legend({ dark: '#fff' }))).toMatch(/#RRGGBB/);
    expect(legendProblem(legend({ label: 'to FOLLOW up ' }))).toMatch(/Two colours/);
  });

  it('keeps the text readable on the highlight in both themes', () => {
    expect(legendProblem(legend({ light: '#666666' }))).toMatch(
      /“Key fact” in the light theme would be hard to read .* pick a lighter colour/,
    );
    expect(legendProblem(legend({ dark: '#C0C0C0' }))).toMatch(/dark theme .* darker colour/);
    for (const entry of DEFAULT_LEGEND) {
      expect(contrastRatio(entry.light, TEXT_ON.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(entry.dark, TEXT_ON.dark)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21);
  });
});
