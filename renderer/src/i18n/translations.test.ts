import { describe, expect, it } from 'vitest';
import be from './be.json';
import en from './en.json';
import ru from './ru.json';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );

// Names that stay the same in every language: the product and each language's own name.
const SAME_EVERYWHERE = new Set(['app.name', 'language.en', 'language.ru', 'language.be']);

describe.each([
  ['ru', ru],
  ['be', be],
])('the %s translation', (_name, translation) => {
  const english = flatten(en as Tree);
  const other = flatten(translation as Tree);

  it('has exactly the English keys', () => {
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
  });

  it('leaves no English text behind', () => {
    for (const [key, value] of Object.entries(other)) {
      if (SAME_EVERYWHERE.has(key)) continue;
      expect(value, key).not.toBe(english[key]);
      // Names of keys, products and codes are the same in every language.
      const rest = value.replace(/\{\{\w+\}\}|Safehold|Chromium|Electron|Ctrl\+Shift\+L|Alt\+\w+|Caps Lock|Windows|EUR|\.json|story\.(?:md|html|json)|\/home\/\S+/g, '');
      expect(/[A-Za-z]{4,}/.test(rest), `${key}: ${value}`).toBe(false);
    }
  });

  it('keeps every placeholder', () => {
    for (const [key, value] of Object.entries(english)) {
      const placeholders = value.match(/\{\{\w+\}\}/g) ?? [];
      for (const p of placeholders) expect(other[key], key).toContain(p);
    }
  });
});
