// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ParagraphPair } from './Compare';

afterEach(cleanup);

const marked = (root: HTMLElement, tag: 'del' | 'ins') => [...root.querySelectorAll(tag)].map((e) => e.textContent);

describe('ParagraphPair', () => {
  it('marks whole words in Cyrillic as in Latin, never single letters', () => {
    const { container } = render(<ParagraphPair original="Яго затрымалі ў Бабруйску ў сакавіку." published="Яго затрымалі ў Магілёве ўвесну." />);
    expect(marked(container, 'del')).toEqual(['Бабруйску ў сакавіку']);
    expect(marked(container, 'ins')).toEqual(['Магілёве ўвесну']);
    const { container: english } = render(<ParagraphPair original="He was taken in March." published="He was taken in spring." />);
    expect(marked(english, 'del')).toEqual(['March']);
    expect(marked(english, 'ins')).toEqual(['spring']);
  });
});
