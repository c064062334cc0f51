import { describe, expect, it } from 'vitest';
import { SearchIndex } from './caseSearch';

const finds = (query: string, text: string) => {
  const index = new SearchIndex();
  index.set('case', text);
  return index.search(query).includes('case');
};

describe('case search over the engine fold', () => {
  it('finds a name in another script and romanisation', () => {
    const text = 'Сергей Коваленко, Лида, учитель музыки';
    expect(finds('Siarhei', text)).toBe(true);
    expect(finds('sergey kovalenko', text)).toBe(true);
    expect(finds('Kavalenka', text)).toBe(true);
    expect(finds('Lida', text)).toBe(true);
  });

  it('finds a name by the beginning of any spelling, as it is typed', () => {
    const text = 'Katsiaryna Mazhejka, Lida';
    expect(finds('Maz', text)).toBe(true);
    expect(finds('Мажей', text)).toBe(true);
    expect(finds('Kat', text)).toBe(true);
  });

  it('finds a given name by its Russian or Belarusian pair and its diminutive', () => {
    expect(finds('Аляксандр', 'Александр Новик')).toBe(true);
    expect(finds('Саша', 'Aliaksandr Novik')).toBe(true);
  });

  it('finds any part of the recorded text, and needs every word', () => {
    expect(finds('enko', 'sergei kovalenko')).toBe(true);
    expect(finds('sergei hrodna', 'sergei kovalenko, lida')).toBe(false);
    expect(finds('Volha', 'Сергей Коваленко')).toBe(false);
  });

  it('does not take a short vowel-only difference for a name', () => {
    // Coarse folds are compared as whole words of four letters or more only.
    expect(finds('lis', 'Lasouski')).toBe(false);
  });

  it('lists many cases once per word, and forgets what a case no longer says', () => {
    const index = new SearchIndex();
    index.set('a', 'Сергей Коваленко, Лида');
    index.set('b', 'Siarhei Novik, Hrodna');
    index.set('c', 'Volha Kavalenka, Lida');
    expect(index.search('siarhei').sort()).toEqual(['a', 'b']);
    expect(index.search('kavalenka lida').sort()).toEqual(['a', 'c']);
    expect(index.search('da, no')).toEqual([]);
    expect(index.search('  ').sort()).toEqual(['a', 'b', 'c']);
    // Saved again under other words: found by the new ones only; removed: found by none.
    index.set('a', 'Aliaksandr Zhuk, Brest');
    expect(index.search('siarhei')).toEqual(['b']);
    expect(index.search('brest')).toEqual(['a']);
    index.delete('b');
    expect(index.search('siarhei')).toEqual([]);
    expect(index.size).toBe(2);
    expect(index.has('b')).toBe(false);
  });
});
