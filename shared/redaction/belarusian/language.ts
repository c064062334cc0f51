// Hand-written (docs/hand-written.md): detectors on npm need long texts and know no Łacinka.

export type StoryLanguage = 'en' | 'ru' | 'be' | 'be-Latn';

export interface ParagraphLanguage {
  start: number;
  end: number;
  language: StoryLanguage;
}

const RU_WORDS = new Set(['и', 'что', 'он', 'она', 'они', 'был', 'была', 'было', 'были', 'это', 'как', 'но', 'от', 'для', 'после', 'его', 'ее', 'её', 'когда', 'который', 'которая', 'также', 'только', 'еще', 'ещё', 'год', 'года', 'лет', 'сейчас', 'если', 'их', 'мы', 'вы', 'меня', 'нас', 'под', 'при', 'уже', 'очень', 'сын', 'мать', 'суд']);
const BE_WORDS = new Set(['і', 'што', 'ён', 'яна', 'яны', 'быў', 'была', 'было', 'былі', 'гэта', 'як', 'але', 'ад', 'для', 'пасля', 'пасьля', 'яго', 'яе', 'калі', 'які', 'якая', 'таксама', 'толькі', 'яшчэ', 'год', 'гады', 'гадоў', 'зараз', 'цяпер', 'іх', 'мы', 'вы', 'мяне', 'нас', 'пад', 'пры', 'ўжо', 'вельмі', 'сын', 'маці', 'суд', 'у', 'ў', 'з', 'ці', 'дзе', 'паводле']);
const LAT_WORDS = new Set(['i', 'što', 'jon', 'jana', 'jany', 'byŭ', 'była', 'było', 'byli', 'heta', 'jak', 'ale', 'ad', 'dla', 'paśla', 'pasla', 'jaho', 'jaje', 'kali', 'jaki', 'jakaja', 'taksama', 'tolki', 'jašče', 'hod', 'hady', 'hadoŭ', 'ciapier', 'ich', 'my', 'vy', 'mianie', 'nas', 'pad', 'pry', 'užo', 'ŭžo', 'vielmi', 'syn', 'maci', 'sud', 'u', 'ŭ', 'z', 'ź', 'ci', 'dzie', 'paviodle', 'na', 'nie', 'za', 'da', 'pra']);
const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'was', 'in', 'is', 'he', 'she', 'they', 'his', 'her', 'with', 'for', 'on', 'that', 'at', 'by', 'from', 'has', 'had', 'have', 'were', 'been', 'a', 'an', 'it', 'as', 'after', 'when', 'who', 'their', 'not', 'but', 'years', 'son', 'mother', 'court']);

/** The language of one stretch of text, or null when it has too few letters to tell. */
export function detectLanguage(text: string): StoryLanguage | null {
  let cyrillic = 0;
  let latin = 0;
  let be = 0;
  let ru = 0;
  let lacinka = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      if (ch === 'і' || ch === 'І' || ch === 'ў' || ch === 'Ў') be += 3;
      else if ('иИщЩъЪ'.includes(ch)) ru += 3;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if ('łŁŭŬśŚćĆźŹńŃčČšŠžŽ'.includes(ch)) {
      latin++;
      lacinka += 2;
    }
  }
  if (cyrillic + latin < 3) return null;
  const words = text.toLowerCase().match(/[\p{L}’'ʼ]+/gu) ?? [];
  if (cyrillic >= latin) {
    for (const w of words) {
      if (BE_WORDS.has(w)) be++;
      if (RU_WORDS.has(w)) ru++;
    }
    // An apostrophe inside a Cyrillic word is Belarusian (сям’я); Russian writes ъ.
    be += (text.match(/\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/gu) ?? []).length * 3;
    return be > ru ? 'be' : 'ru';
  }
  let en = 0;
  for (const w of words) {
    if (LAT_WORDS.has(w)) lacinka++;
    if (EN_WORDS.has(w)) en++;
  }
  // "Hello my beloved!": one word shared by both lists (my, na, i) tells nothing; the text as a whole does.
  if (lacinka + en < 2) return null;
  return lacinka > en ? 'be-Latn' : 'en';
}

/** The texts last asked about: the analysis, the recall net and the replacements ask for the same ones. */
const recent: { text: string; paragraphs: ParagraphLanguage[] }[] = [];

/**
 * Each paragraph (text between blank lines or line breaks) with its language. A paragraph
 * too short to tell takes the language of the text as a whole.
 */
export function paragraphLanguages(text: string): ParagraphLanguage[] {
  const at = recent.findIndex((r) => r.text === text);
  if (at >= 0) {
    // The string just asked about is kept, first: two equal texts held in two strings compare
    // letter by letter (the normalised text and the story are often equal), the same string at once,
    // and the passes ask about one text thousands of times in a row.
    const { paragraphs } = recent[at]!;
    recent.splice(at, 1);
    recent.unshift({ text, paragraphs });
    return paragraphs;
  }
  const paragraphs = readParagraphs(text);
  recent.unshift({ text, paragraphs });
  recent.length = Math.min(recent.length, 2);
  return paragraphs;
}

function readParagraphs(text: string): ParagraphLanguage[] {
  // The whole text is read only when some paragraph is too short to tell.
  let whole: StoryLanguage | undefined;
  const wholeLanguage = () => (whole ??= detectLanguage(text) ?? 'en');
  const out: ParagraphLanguage[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index!;
    out.push({ start, end: start + m[0].length, language: detectLanguage(m[0]) ?? wholeLanguage() });
  }
  return out.length ? out : [{ start: 0, end: text.length, language: wholeLanguage() }];
}

/** The language at an offset, from the paragraphs of `paragraphLanguages`. */
export function languageAt(paragraphs: readonly ParagraphLanguage[], offset: number): StoryLanguage {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo]?.language ?? 'en';
}
