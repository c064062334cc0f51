/**
 * The same rule as the core's (electron/core/vault/passphrase.ts), shown while typing:
 * 12 characters with 8 different, or four words. The core decides; this only guides.
 */
export function passphraseStrength(passphrase: string): { score: 0 | 1 | 2 | 3; ok: boolean } {
  const chars = [...passphrase.normalize('NFC')];
  const words = passphrase.trim().split(/\s+/).filter((w) => w.length >= 3);
  const ok = (words.length >= 4 && chars.length >= 16) || (chars.length >= 12 && new Set(chars).size >= 8);
  if (!ok) return { score: chars.length >= 8 ? 1 : 0, ok };
  return { score: chars.length >= 20 || words.length >= 5 ? 3 : 2, ok };
}

/** Latin and Cyrillic letters in one passphrase often mean the keyboard layout switched mid-way. */
export const mixesLayouts = (passphrase: string) => /\p{Script=Latin}/u.test(passphrase) && /\p{Script=Cyrillic}/u.test(passphrase);
