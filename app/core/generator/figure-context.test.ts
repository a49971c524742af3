import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analysis';
import { findKeyFigures } from './figures';

function figures(text: string): [string, string][] {
  return findKeyFigures(analyseArticle(text)).map((f) => [f.value, f.text]);
}

describe('key-figure contexts', () => {
  it('end on a content word, not on a preposition, conjunction or article', () => {
    const found = figures(
      'At least 120 people have died in landslides across the province since the start of the month. ' +
        'Officials said 40,000 residents had been moved from their houses and 60 clinics closed. ' +
        'At least 30 people were killed late on Friday when a bridge collapsed over the river.',
    );
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const [, context] of found)
      expect(context).not.toMatch(/\s(?:since|and|when|a|the|by|of|to)$/i);
    expect(found[0][1]).toBe('At least 120 people have died in landslides across the province');
  });

  it('never stops inside a name with a particle', () => {
    const found = figures(
      'The storm has flooded more than 9,000 hectares around the harbour towns of Puerto del Sol and Villa Nueva this week.',
    );
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe('more than 9,000 hectares');
    expect(found[0][1]).not.toMatch(/(?:del|Puerto)$/);
  });

  it('keeps basis points, tonnes and kilometres as the unit', () => {
    const values = figures(
      'The central bank raised its main rate by 50 basis points on Thursday. ' +
        'Farmers harvested 12 million tonnes of wheat. The new line runs 85 km along the coast.',
    ).map(([v]) => v);
    expect(values).toContain('50 basis points');
    expect(values).toContain('12 million tonnes');
    expect(values).toContain('85 km');
  });

  it('counts a number with a scale word even when punctuation follows', () => {
    const found = figures(
      'Visitor numbers will reach a record 3.2 billion, while cruise lines will carry fewer guests.',
    );
    expect(found.map(([v]) => v)).toEqual(['3.2 billion']);
    expect(found[0][1]).toMatch(/Visitor numbers will reach a record 3.2 billion$/);
  });
});
