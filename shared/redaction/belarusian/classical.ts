// Hand-written (docs/hand-written.md): no package converts classical spelling to official.

const CONSONANT = 'бвгґджзйклмнпрстўфхцчш';
const SOFTENING = 'ьеёюяі';

/** Whether the consonant starting at `i` is soft: followed by ь, я, е, ё, ю or і (дз counts as one). */
function softAt(word: string, i: number): boolean {
  const c = word[i];
  if (c === undefined || !CONSONANT.includes(c)) return false;
  const after = c === 'д' && (word[i + 1] === 'з' || word[i + 1] === 'ж') ? word[i + 2] : word[i + 1];
  return after !== undefined && SOFTENING.includes(after);
}

/**
 * Classical soft-sign assimilation folded to the official spelling: сьнежня → снежня,
 * Сьцяпан → Сцяпан, зьвярнуўся → звярнуўся, дзьве → дзве, радасьць → радасць, жыцьцё →
 * жыццё, адзеньне → адзенне, вясельле → вяселле. Case and every other letter are kept.
 */
export function foldSoftSigns(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.includes('ь')) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    if (lower[i] === 'ь' && i > 0) {
      const before = lower[i - 1]!;
      // ць before дз is the numeral's own soft sign in both spellings (пяцьдзясят, шэсцьдзесят).
      const assimilating = ('зсцн'.includes(before) && !(before === 'ц' && lower[i + 1] === 'д')) || (before === 'л' && lower[i + 1] === 'л');
      if (assimilating && softAt(lower, i + 1)) continue;
    }
    out += word[i];
  }
  return out;
}

/**
 * Spellings of loan words and names where classical and official orthography differ by one
 * letter: калёнія/калонія, плян/план, клюб/клуб, Бэрлін/Берлін, Эўропа/Еўропа, ґ/г, Расея/Расія.
 * Each is only a guess: the analyser keeps the first one the lexicon knows.
 */
export function classicalVariants(word: string): string[] {
  const out = new Set<string>();
  const add = (w: string) => { if (w !== word) out.add(w); };
  // The classical particle "ня" is the official "не" (ня ведаю, Ня трэба).
  if (/^ня$/iu.test(word)) add(word[0] === 'Н' ? 'Не' : 'не');
  add(word.replace(/ґ/g, 'г').replace(/Ґ/g, 'Г'));
  add(word.replace(/(?<=[бвгдзклмнпрстфхц])э/giu, 'е'));
  add(word.replace(/^Э(?=ў)/, 'Е').replace(/^э(?=ў)/, 'е'));
  add(word.replace(/лё/g, 'ло').replace(/ля(?!$)/g, 'ла').replace(/лю/g, 'лу'));
  add(word.replace(/ль(?=[бвгджзклмнпрстфхцчш])/g, 'л'));
  add(word.replace(/ея(?=$|[йюі])/g, 'ія').replace(/еі$/, 'іі'));
  add(word.replace(/ыя$/, 'ія').replace(/ыі$/, 'іі'));
  add(word.replace(/(?<=[^аеёіоуыэюя])ія$/, 'ыя').replace(/(?<=[^аеёіоуыэюя])іі$/, 'ыі'));
  // A preposition's final з, с is written soft before the next word (празь, зь): праз, з.
  add(word.replace(/(?<=\p{L}[зс])ь$/iu, ''));
  // A prefix before е, ё, ю, я takes ь where the official spelling has the apostrophe: зьехалі, з'ехалі.
  add(word.replace(/(?<=^(?:з|с|аб|ад|пад|над|раз|бяз))ь(?=[еёюя])/iu, "'"));
  // Loan words differ in several letters at once: нэўрапсыхоляг, псіхолаг.
  add(word.replace(/(?<=[бвгдзклмнпрстфхц])э/giu, 'е').replace(/(?<=[сзтдрн])ы(?=\p{L})/gu, 'і').replace(/лё/g, 'ло').replace(/ля(?!$)/g, 'ла').replace(/лю/g, 'лу').replace(/ляг$/, 'лаг'));
  return [...out];
}

/**
 * The other way, for replacements written into a classical or Łacinka paragraph: снежня →
 * сьнежня, восенню → восеньню, Сцяпан → Сьцяпан, дзве → дзьве.
 */
export function classicalSoftSigns(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    out += word[i];
    const c = lower[i]!;
    const next = i + 1;
    if ('зсцн'.includes(c) && CONSONANT.includes(lower[next] ?? '') && lower[next] !== 'ь' && softAt(lower, next)) {
      // дз counts as one letter; ц in "дзц" or з in "дз" is not a consonant of its own here.
      if (c === 'з' && lower[i - 1] === 'д' && lower[next] === 'ж') continue;
      out += word[i] === word[i]!.toUpperCase() && word[i + 1] === word[i + 1]?.toUpperCase() && word[i] !== c ? 'Ь' : 'ь';
    }
  }
  return out;
}

/** Whether a Cyrillic paragraph is written in the classical orthography (сьнег, зьвер, жыцьцё). */
export function isClassical(text: string): boolean {
  return /(?:[зсцн]ь[бвгдзклмнпрстфхцчш]|дзьв)/iu.test(text);
}
