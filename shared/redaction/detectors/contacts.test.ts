import { describe, expect, it } from 'vitest';
import { findFileNames } from './contacts';

describe('file names left in a story copied from a web page', () => {
  it('takes a picture’s file name, which sites make from the name of the person in it', () => {
    const text = 'Alena spent 517 days in jail\n\nkukhta_a.jpg\n\nShe is a mother of two (see IMG-2041.JPEG).';
    expect(findFileNames(text).map((d) => text.slice(d.start, d.end))).toEqual(['kukhta_a.jpg', 'IMG-2041.JPEG']);
  });

  it('leaves words and abbreviations with a full stop inside a sentence', () => {
    expect(findFileNames('He wrote a doc. Then the pdf arrived. Prices rose by 3.5 percent.')).toEqual([]);
  });
});
