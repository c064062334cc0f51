/**
 * The Latin letter on the same key as each Cyrillic one, on the standard Russian (ЙЦУКЕН) and
 * Belarusian layouts (і sits where Russian has ы, ў where it has щ). Written out here because
 * no package maps layouts; it is the standard layout, nothing more.
 */
const ROWS: [string, string][] = [
  ['йцукенгшщзхъ', 'qwertyuiop[]'],
  ['фывапролджэ', 'asdfghjkl;\''],
  ['ячсмитьбю', 'zxcvbnm,.'],
  ['ёіў', '`so'],
];

const KEYS = new Map<string, string>();
for (const [cyrillic, latin] of ROWS) {
  [...cyrillic].forEach((c, i) => {
    KEYS.set(c, latin[i]!);
    KEYS.set(c.toUpperCase(), latin[i]!.toUpperCase());
  });
}

/** The passphrase as the same keystrokes would type it on a US keyboard. */
export function latinKeysOf(text: string): string {
  return [...text].map((c) => KEYS.get(c) ?? c).join('');
}
