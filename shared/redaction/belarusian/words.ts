// What a Belarusian word is: an ordinary word of the language, a name, a surname or a place,
// and which dictionary forms it may be a case of. The lexicon answers for the words it holds;
// for the names it lacks (most surnames, small villages) the endings of Belarusian declension,
// with their consonant alternations, give the nominatives the form may come from.
import { classicalVariants } from './classical';
import { analyseBelarusian, type Analysis, type LemmaKind } from './lexicon';
import { memoByWord } from '../wordMemo';

/** Readings of an official-Cyrillic word, trying the classical spellings of loan words if needed. */
export const readings: (word: string) => readonly Analysis[] = memoByWord((word) => {
  const direct = analyseBelarusian(word);
  if (direct.length) return direct;
  for (const variant of classicalVariants(word)) {
    const found = analyseBelarusian(variant);
    if (found.length) return found;
  }
  return [];
});

const PROPER: ReadonlySet<LemmaKind> = new Set(['g', 'p', 's', 'l', 'n', 'a']);

/**
 * First halves of compounds the lexicon lacks (палітвязень, праваабарончага): with an ordinary
 * word of six letters or more after them, the whole is an ordinary word too.
 */
const COMPOUND_HEADS = ['паліт', 'права', 'прав', 'грамадска', 'сама', 'само', 'кібер', 'відэа', 'фота', 'аўта', 'тэле', 'радыё', 'мікра', 'анты', 'контр', 'псеўда', 'віцэ', 'паў'];

/** Endings of infinitives and reflexive verbs (выплочваць, апекавалася): no name ends so. */
const VERB_ENDING = /(?:аць|яць|іць|ыць|уць|юць|эць|оць|цца|лася|ліся|лося|ўся|ешся)$/u;

/** Whether the word is an ordinary word of Belarusian (a form of a lower-case lemma). */
export const isOrdinaryWord: (word: string) => boolean = memoByWord((word) => {
  const all = readings(word);
  if (all.some((r) => r.kind === 'w')) return true;
  if (all.length) return false;
  // Unknown to the lexicon: a verb by its ending, or a compound of an ordinary word.
  const lower = word.toLowerCase();
  if (VERB_ENDING.test(lower) || ABSTRACT_NOUN.test(lower)) return true;
  if (COMPOUND_HEADS.some((head) => lower.startsWith(head) && lower.length - head.length >= 6
    && readings(lower.slice(head.length)).some((r) => r.kind === 'w'))) return true;
  // A compound joined by its linking vowel (нэўра-псыхоляг, онка-): a head, -а- or -о-, then an ordinary
  // noun of six letters or more; not an adjective, as surnames are made so (Красна-польскі).
  for (let at = 3; at <= lower.length - 6; at++) {
    if ((lower[at - 1] === 'а' || lower[at - 1] === 'о') && readings(lower.slice(at)).some((r) => r.kind === 'w' && r.lemma.length >= 6 && !/[ыі]$/u.test(r.lemma))) return true;
  }
  return false;
});

/** Abstract nouns of -ізм (актывізм, экстрэмізм) in any case: no name ends so. */
const ABSTRACT_NOUN = /\p{L}{3}(?:ізм|ызм)(?:у|а|ам|е|ы|аў|амі|ах)?$/u;

/** Countries and public bodies, as the lexicon's lemmas or official spellings: they name no one. */
const PUBLIC_LEMMAS = new Set([
  'егіпет', 'егіпта', 'аўстрыя', 'сербія', 'чэхія', 'славакія', 'венгрыя', 'вугоршчына', 'фінляндыя', 'швецыя', 'нарвегія', 'данія', 'нідэрланды',
  'галандыя', 'францыя', 'італія', 'іспанія', 'партугалія', 'грэцыя', 'турцыя', 'ізраіль', 'кітай', 'японія', 'амерыка', 'канада', 'брытанія',
  'англія', 'ірландыя', 'грузія', 'арменія', 'азербайджан', 'казахстан', 'малдова', 'эстонія', 'латвія', 'літва', 'польшча', 'украіна', 'расія',
  'расея', 'германія', 'нямеччына', 'швейцарыя', 'бельгія', 'румынія', 'балгарыя', 'харватыя', 'славенія', 'кіпр', 'аўстралія', 'беларусь',
  'еўропа', 'еўрасаюз', 'еўразвяз',
]);

/**
 * Public figures Belarusian stories name as context (the candidates of 2010 and 2020, officials,
 * the head of a solidarity fund, neighbouring presidents, the 1863 rising's leader whose name a
 * regiment bears): the stem of the surname in official Cyrillic, the given names they go by,
 * and whether the surname alone is theirs (Лукашэнка is; Калеснікаў is also anyone's name).
 * Hand-written (docs/hand-written.md): no data set lists them.
 */
const PUBLIC_FIGURES: readonly [RegExp, readonly string[], boolean][] = [
  [/^(?:лукашэнк|лукашанк)/u, ['аляксандр', 'віктар', 'мікалай', 'дзмітрый'], true],
  [/^пуцін/u, ['уладзімір'], true],
  [/^ціханоўск/u, ['святлана', 'сяргей'], true],
  [/^бабарык/u, ['віктар', 'эдуард'], true],
  [/^калеснікав/u, ['марыя', 'марыі'], false],
  [/^статкевіч/u, ['мікалай'], true],
  [/^латушк/u, ['павел', 'павал'], true],
  [/^бяляцк/u, ['алесь', 'аляксандр'], true],
  [/^пратасевіч/u, ['раман'], true],
  [/^саннікав|^саннікаў/u, ['андрэй'], true],
  [/^пачобут/u, ['андрэй', 'анджэй'], true],
  [/^зяленск/u, ['уладзімір', 'валадымыр'], true],
  [/^навальн/u, ['аляксей'], true],
  [/^чупрыс|^чуприс/u, ['вольга', 'ольга'], true],
  [/^каліноўск/u, ['кастусь', 'канстанцін', 'вінцэнт'], false],
  [/^стрыжак/u, ['андрэй'], false],
  [/^васкрасенск/u, ['юрый'], false],
  [/^дуд/u, ['анджэй', 'андрэй'], false],
  [/^борыс/u, ['анжаліка'], false],
];

/** The figure whose surname the word has: asked of every capitalised word, several times a scan, so once per form. */
const figureOf = memoByWord((word: string) => {
  const lower = word.toLowerCase();
  return PUBLIC_FIGURES.find(([stem]) => stem.test(lower));
});

/** Whether the word (official Cyrillic) has the surname of a public figure, whoever bears it here. */
export function hasPublicFigureSurname(word: string): boolean {
  return figureOf(word) !== undefined;
}

/** The public figure whose surname the word (official Cyrillic) has, as one key per figure. */
export function publicFigureOf(word: string): RegExp | undefined {
  return figureOf(word)?.[0];
}

/**
 * Whether the word (official Cyrillic) is a public figure's surname: with `given`, the given name
 * before it (any case), which must be one the figure goes by; without, only a surname that is theirs
 * alone, or one whose figure the story has already named in full (`named`: Андрэй Стрыжак … Стрыжак).
 */
export function isPublicFigure(word: string, given?: string, named?: ReadonlySet<RegExp>): boolean {
  const figure = figureOf(word);
  if (!figure) return false;
  if (given === undefined) return figure[2] || (named?.has(figure[0]) ?? false);
  const names = new Set(nominativeCandidates(given).map((c) => c.toLowerCase()));
  return figure[1].some((name) => names.has(name));
}

/** Whether the word is a form of a country's or a public body's name (Егіпце, Эўразьвяз). */
export const isPublicName: (word: string) => boolean = memoByWord((word) => {
  const lower = word.toLowerCase();
  if (PUBLIC_LEMMAS.has(lower) || classicalVariants(lower).some((v) => PUBLIC_LEMMAS.has(v))) return true;
  return readings(word).some((r) => PUBLIC_LEMMAS.has(r.lemma.toLowerCase()));
});

/** The proper-noun kinds the lexicon gives a capitalised word: g, p, s, l, a or n. */
export const properKinds: (word: string) => readonly LemmaKind[] = memoByWord((word) => [...new Set(readings(word).filter((r) => PROPER.has(r.kind)).map((r) => r.kind))]);

/**
 * Case endings of nouns and adjectives, longest first, each with the nominative endings it may
 * come from. The alternations of the dative and locative are here: -зе from -га (Вользе),
 * -цы from -ка (Янцы), -се from -ха, -дзе from -да, -це from -та, -ры from -ра.
 */
const ENDINGS: readonly [string, readonly string[]][] = [
  ['скага', ['скі']], ['скаму', ['скі']], ['скім', ['скі', 'ская']], ['скай', ['ская']], ['скую', ['ская']], ['скія', ['скі', 'ская']],
  ['цкага', ['цкі']], ['цкаму', ['цкі']], ['цкім', ['цкі']], ['цкай', ['цкая']], ['цкую', ['цкая']],
  ['ага', ['ы', 'і']], ['яга', ['і']], ['аму', ['ы', 'і']], ['яму', ['і']], ['ым', ['ы']], ['ім', ['і']], ['ую', ['ая']], ['юю', ['яя']],
  ['зе', ['га']], ['цы', ['ка', 'ца']], ['се', ['ха']], ['дзе', ['да', 'д']], ['це', ['та', 'т']], ['ры', ['ра']],
  ['ай', ['а']], ['яй', ['я']], ['ой', ['а', 'о']], ['ою', ['а']], ['аю', ['а']], ['яю', ['я']], ['ёй', ['я']], ['ёю', ['я']],
  ['ам', ['', 'а', 'о']], ['ем', ['ь', 'й', 'я', 'е']], ['ём', ['ь', 'й']], ['ах', ['а', '']], ['ях', ['я', 'ь']],
  ['ава', ['аў']], ['ёва', ['ёў']], ['ева', ['еў']], ['іна', ['ін']], ['ына', ['ын']],
  ['а', ['', 'а', 'о']], ['я', ['ь', 'й', 'я']], ['у', ['', 'а', 'о']], ['ю', ['ь', 'й', 'я']],
  ['е', ['', 'а', 'о']], ['і', ['а', 'я', 'ь', 'й', 'і']], ['ы', ['а', 'ы']],
];

/**
 * The nominatives a form may be a case of, in official Cyrillic: the lexicon's lemmas first,
 * then those the declension endings give (for names and places the lexicon does not hold).
 * The form itself is always among them. Each keeps the form's capital letter.
 */
const CANDIDATES = new Map<string, string[]>();

export function nominativeCandidates(word: string): string[] {
  const known = CANDIDATES.get(word);
  if (known) return known;
  const found = candidatesOf(word);
  if (CANDIDATES.size > 50_000) CANDIDATES.clear();
  CANDIDATES.set(word, found);
  return found;
}

function candidatesOf(word: string): string[] {
  const out = new Set<string>([word]);
  for (const r of readings(word)) out.add(r.lemma);
  const lower = word.toLowerCase();
  const capital = word !== lower;
  const withCase = (w: string) => (capital ? w[0]!.toUpperCase() + w.slice(1) : w);
  for (const [ending, bases] of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    for (const base of bases) out.add(withCase(stem + base));
    // A fleeting vowel: Паўла → Павал, Янка → Янак is rare, Сямашкі → Сямашка above.
    if (/ў[лн]$/.test(stem)) out.add(withCase(`${stem.slice(0, -2)}ва${stem.slice(-1)}`));
  }
  return [...out];
}
