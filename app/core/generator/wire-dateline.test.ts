import { describe, expect, it } from 'vitest';
import { readWireDateline } from './wire-dateline';

function read(text: string): { rest: string; agency: string | null } | null {
  const wire = readWireDateline(text, 0, text.length);
  if (!wire) return null;
  return {
    rest: text.slice(wire.end),
    agency: wire.agency ? text.slice(wire.agency.start, wire.agency.end) : null,
  };
}

describe('readWireDateline', () => {
  it('reads a city, an optional date or region and an optional agency before a dash', () => {
    expect(read('FRANKFURT (Reuters) - The bank kept rates on hold.')).toEqual({
      rest: 'The bank kept rates on hold.',
      agency: 'Reuters',
    });
    expect(read('WASHINGTON, March 3 (AP) — Lawmakers passed the bill.')).toEqual({
      rest: 'Lawmakers passed the bill.',
      agency: 'AP',
    });
    expect(read('GENEVA, 10 November 2023 - Talks resumed in the city.')).toEqual({
      rest: 'Talks resumed in the city.',
      agency: null,
    });
    expect(read('Frankfurt, Germany (Agence France-Presse) – Banks rallied on Monday.')).toEqual({
      rest: 'Banks rallied on Monday.',
      agency: 'Agence France-Presse',
    });
    expect(read('NEW YORK (Reuters) -- Stocks fell sharply today.')?.agency).toBe('Reuters');
  });

  it('leaves ordinary openings alone', () => {
    for (const text of [
      'UK - EU talks resumed on Monday in Brussels.',
      'The bank - a lender of last resort - kept rates on hold.',
      'Frankfurt - the city of banks - is busy.',
      'LONDON - Live',
      'Paris (France) is busy - Very busy indeed today.',
    ])
      expect([text, read(text)]).toEqual([text, null]);
  });
});
