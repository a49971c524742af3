import { describe, expect, it } from 'vitest';
import { externalChangeMessage } from './external-change';

describe('externalChangeMessage', () => {
  it('names the conflicting copy by its file name, and says the other version was kept', () => {
    const text = externalChangeMessage({
      path: '/lib/a.briefing.json',
      kind: 'conflict',
      conflictPath: '/lib/a.conflict-20261125T180000.briefing.json',
    });
    expect(text).toContain('a.conflict-20261125T180000.briefing.json');
    expect(text).not.toContain('/lib/');
    expect(text).toMatch(/version was kept/);
  });

  it('has a distinct sentence for every kind', () => {
    const kinds = ['reloaded', 'conflict', 'deleted', 'lock-lost'] as const;
    const texts = kinds.map((kind) =>
      externalChangeMessage({ path: '/a.briefing.json', kind, conflictPath: null }),
    );
    expect(new Set(texts).size).toBe(kinds.length);
  });
});
