import { describe, expect, it } from 'vitest';
import { anchorQuote, FUZZY_THRESHOLD, isShortQuote } from './anchor';
import type { AnchorTarget } from './anchor';
import { describeSelection } from './create';
import { quoteSimilarity } from './myers';

/** The target a user would have made by selecting `exact` (its `occurrence`-th copy) in `text`. */
function targetFor(text: string, exact: string, occurrence = 1): AnchorTarget {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`fixture: "${exact}" not in text`);
  return {
    quote: describeSelection(text, start, start + exact.length),
    position: { start, end: start + exact.length },
  };
}

const paragraph =
  'Ankara confirmed on Monday that talks with Damascus had resumed. ' +
  'The minister said the deal was good for both sides. ' +
  'Officials in the capital declined to comment further on the schedule. ' +
  'The minister said the deal was bad for the region. ' +
  'A second round is expected in October, according to diplomats.';

describe('anchorQuote: step 1, exact quote at the stored position', () => {
  it('is anchored when the text is unchanged', () => {
    const target = targetFor(paragraph, 'talks with Damascus had resumed');
    expect(anchorQuote(paragraph, target)).toEqual({
      status: 'anchored',
      position: target.position,
      similarity: 1,
    });
  });

  it('stays anchored when an edit elsewhere leaves the offsets alone', () => {
    const target = targetFor(paragraph, 'talks with Damascus had resumed');
    const edited = paragraph.replace('diplomats', 'two diplomats in Geneva');
    expect(anchorQuote(edited, target).status).toBe('anchored');
  });

  it('keeps a long quote whose neighbours were both rewritten when it is still in place', () => {
    const target = targetFor(paragraph, 'Officials in the capital declined to comment');
    const edited =
      paragraph.slice(0, target.position.start - 10).replace(/.{10}$/, 'XXXXXXXXXX') +
      'ZZZZZZZZZZ' +
      paragraph.slice(target.position.start, target.position.end) +
      ' entirely different words follow here now';
    expect(anchorQuote(edited, target)).toMatchObject({
      status: 'anchored',
      position: target.position,
    });
  });
});

describe('anchorQuote: step 2, exact quote elsewhere', () => {
  it('follows the words when text is inserted before them', () => {
    const target = targetFor(paragraph, 'Officials in the capital declined');
    const edited = 'BREAKING: ' + paragraph;
    expect(anchorQuote(edited, target)).toEqual({
      status: 'moved',
      position: { start: target.position.start + 10, end: target.position.end + 10 },
      similarity: 1,
    });
  });

  it('picks the occurrence whose prefix and suffix agree, not the nearest', () => {
    const text = 'The minister said the deal was on. Later: The minister said the deal was off.';
    const target = targetFor(text, 'The minister said', 2);
    const edited = 'Intro sentence here. ' + text;
    const found = anchorQuote(edited, target);
    expect(found.status).toBe('moved');
    expect(found.position?.start).toBe(target.position.start + 21);
  });

  it('prefers the nearer of two occurrences with identical context', () => {
    const sentence = 'Repeated boilerplate sentence about the ceasefire terms. ';
    const text = sentence.repeat(3);
    const target = targetFor(text, 'boilerplate sentence about', 2);
    const edited = 'xx' + text;
    expect(anchorQuote(edited, target).position?.start).toBe(target.position.start + 2);
  });
});

describe('anchorQuote: step 3, fuzzy match near the old position', () => {
  it('finds a sentence with one word changed, above the threshold, context intact', () => {
    const target = targetFor(paragraph, 'Officials in the capital declined to comment further');
    const edited = paragraph.replace('declined to comment', 'refused to comment');
    const found = anchorQuote(edited, target);
    expect(found.status).toBe('moved');
    const span = edited.slice(found.position!.start, found.position!.end);
    expect(span).toBe('Officials in the capital refused to comment further');
    expect(found.similarity).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
  });

  it('orphans a quote that was rewritten beyond the threshold', () => {
    const target = targetFor(paragraph, 'Officials in the capital declined to comment further');
    const edited = paragraph.replace(
      'Officials in the capital declined to comment further',
      'Nobody spoke about it at all, it seems,',
    );
    expect(anchorQuote(edited, target)).toEqual({ status: 'orphaned' });
  });
});

describe('anchorQuote: never on a look-alike', () => {
  it('orphans a deleted sentence rather than moving to its look-alike neighbour', () => {
    const target = targetFor(paragraph, 'The minister said the deal was good for both sides.');
    const edited = paragraph.replace('The minister said the deal was good for both sides. ', '');
    const lookAlike = 'The minister said the deal was bad for the region.';
    expect(quoteSimilarity(lookAlike.slice(0, 50), target.quote.exact)).toBeGreaterThan(
      FUZZY_THRESHOLD,
    );
    expect(anchorQuote(edited, target)).toEqual({ status: 'orphaned' });
  });

  it('orphans a deleted sentence whose look-alike sits far away in similar text', () => {
    const filler = 'Nothing of note happened in the provinces that week. '.repeat(40);
    const text = `Intro. The minister said the deal was good. Outro one. ${filler}Intro. The minister said the deal was bad. Outro two.`;
    const target = targetFor(text, 'The minister said the deal was good.');
    const edited = text.replace('The minister said the deal was good. ', '');
    expect(anchorQuote(edited, target).status).toBe('orphaned');
  });

  it('moves a short quote only with its context, never to another copy of the word', () => {
    const target = targetFor(paragraph, 'Ankara');
    const rewritten =
      paragraph.replace('Ankara confirmed on Monday', 'Turkey confirmed on Monday') +
      ' Ankara denied it.';
    expect(anchorQuote(rewritten, target)).toEqual({ status: 'orphaned' });
  });

  it('follows a short quote whose context survived', () => {
    const target = targetFor(paragraph, 'Monday');
    const edited = 'On the record: ' + paragraph;
    expect(anchorQuote(edited, target)).toMatchObject({
      status: 'moved',
      position: { start: target.position.start + 15 },
    });
  });

  it('does not fuzzy-match short quotes', () => {
    const target = targetFor(paragraph, 'October');
    const edited = paragraph.replace('October', 'Octobre');
    expect(anchorQuote(edited, target)).toEqual({ status: 'orphaned' });
  });

  it('orphans a short quote at its old offset when the words around it changed', () => {
    const text = 'aaaa bbbb the cccc dddd';
    const target = targetFor(text, 'the');
    const edited = 'zzzz yyyy the xxxx wwww';
    expect(anchorQuote(edited, target)).toEqual({ status: 'orphaned' });
  });
});

describe('anchorQuote: edges', () => {
  it('orphans an empty quote and handles empty text', () => {
    expect(
      anchorQuote('abc', {
        quote: { exact: '', prefix: '', suffix: '' },
        position: { start: 0, end: 0 },
      }),
    ).toEqual({ status: 'orphaned' });
    const target = targetFor(paragraph, 'talks with Damascus');
    expect(anchorQuote('', target)).toEqual({ status: 'orphaned' });
  });

  it('treats a quote at the block start as having matching (empty) prefix', () => {
    const target = targetFor(paragraph, 'Ankara');
    expect(target.quote.prefix).toBe('');
    expect(anchorQuote(paragraph, target).status).toBe('anchored');
  });

  it('classifies short quotes', () => {
    expect(isShortQuote('Ankara')).toBe(true);
    expect(isShortQuote('Mediterranean')).toBe(true);
    expect(isShortQuote('the deal')).toBe(false);
  });
});
