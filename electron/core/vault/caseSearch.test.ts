import { describe, expect, it } from 'vitest';
import { queryMatcher, searchKeys } from './caseSearch';

const finds = (query: string, text: string) => queryMatcher(query)(searchKeys(text));

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
});
