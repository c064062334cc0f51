// Hand-written (docs/hand-written.md): every romanisation of a name must fold onto one key.

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'e', ж: 'zh', з: 'z',
  и: 'i', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
  с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const LATIN_SPECIAL: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Spelling differences between romanisation schemes, folded in this order. */
const DIGRAPHS: readonly [RegExp, string][] = [
  [/shch|sch|shh|szcz/g, 's'],
  // Scientific and GOST 7034 write х as x; no Slavic name starts with "ks".
  [/^x/g, 'h'],
  [/kh/g, 'h'],
  [/zh|sh|sz|rz|ż|ž/g, 'z'],
  [/ch|cz|č|tch/g, 'c'],
  [/ts|tz|tc/g, 'c'],
  [/ck/g, 'k'],
  // English "electro", "Victor": a c before t, l or r is a k (Slavic ц hardly ever stands there).
  [/c(?=[tlr])/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/ph/g, 'f'],
  [/h/g, 'g'],
  [/[jy]/g, 'i'],
  [/ie/g, 'e'],
  // ё is written e, yo, io or jo by one scheme or another.
  [/io/g, 'e'],
  [/(.)\1+/g, '$1'],
];

const MARKS = /\p{M}/gu;

/** Lower case, no diacritics, Cyrillic written in a plain Latin. */
export function plainLatin(word: string): string {
  const base = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[ўЎ]/g, 'у')
    .replace(/[йЙ]/g, 'и')
    .replace(/[ёЁ]/g, 'е')
    // ISO 9 and GOST 16876 write ю, я with a circumflex; they would lose it below.
    .replace(/û/g, 'iu')
    .replace(/â/g, 'ia')
    .normalize('NFD')
    .replace(MARKS, '');
  let out = '';
  for (const char of base) out += CYRILLIC_TO_LATIN[char] ?? LATIN_SPECIAL[char] ?? char;
  return out.replace(/['’ʼ`]/g, '');
}

/**
 * The fine key: two spellings of the same name in any script or scheme share it
 * (Сергей, Sergei, Sergey, Sergej → sergei; Ковалец, Kovalets, Kovalec → kovalec).
 */
export function foldWord(word: string): string {
  const cached = FOLDS.get(word);
  if (cached !== undefined) return cached;
  let out = plainLatin(word);
  for (const [pattern, replacement] of DIGRAPHS) out = out.replace(pattern, replacement);
  // Stories repeat their words: a bounded memo makes re-scans and long texts cheap.
  if (FOLDS.size > 50_000) FOLDS.clear();
  FOLDS.set(word, out);
  return out;
}

const FOLDS = new Map<string, string>();

/**
 * The coarse key: vowels reduced to one class, so that Belarusian and Russian forms of one
 * name (Siarhei/Sergei, Kavalets/Kovalets) meet. Used only together with an edit distance.
 */
export function coarseKey(fold: string): string {
  return fold.replace(/[aeiou]+/g, 'a');
}

export function isCyrillic(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word);
}
