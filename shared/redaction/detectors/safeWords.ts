// Hand-written (docs/hand-written.md): no list of safe proper nouns for Belarusian stories.
import countriesBe from 'i18n-iso-countries/langs/be.json' with { type: 'json' };
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import countriesRu from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import { foldWord } from '../fold';
import { memoByWord } from '../wordMemo';

/**
 * Russian and Belarusian stems of countries, faiths and platforms; where a stem also opens given
 * names and surnames (Богдан, Литвин, Герман, Веснин) only the word's own forms are listed.
 */
export const KNOWN_CYRILLIC = /^(?:Беларус|Белорус|Росси|Польш|Польск|Літв(?:а|ы|е|у|ой|ою)$|Літоўск|Литв(?:а|ы|е|у|ой)$|Литовск|Украін|Украин|Европ|Еўроп|Германи|Германск|Латв|Бог(?:а|у|ом|е)?$|Господ(?:ь|а|у|ом|е|и)$|Телеграм|Инстаграм|Интернет|Лукашенк|Лукашанк|Путин|Статкевич|Латушк|Беляцк|Бяляцк|Протасевич|Пратасевіч|Пуцін|Тихановск|Ціханоўск|Бабарик|Бабарык|Колесников|Калеснікав|Вясн(?:а|ы|е|у|ой|ою)$|Весн(?:а|ы|е|у|ой)$|Ютуб|Фейсбук|Твиттер|Вайбер|Совет|Савец|СССР|ЕС|ООН|ОБСЕ|КГБ|ГУБОПиК|ОМОН|МВД|УК|Конституц|Крымінальн|Уголовн|Працэсуальн|Процессуальн|Лустэрк|Зеркал|Вкантакт|Ўкантакт|Вконтакт|ВКонтакт|Расі(?:я|і|ю|яй)$|Расе(?:я|і|ю|яй)$|Саннікав|Саннікаў|Санников|Пачобут|Почобут|Еўразвяз|Эўразвяз|Эўразьвяз|Еўрасаюз|Евросоюз)/u;

/** Capitalised English words that name nothing anyone could be found by. */
export const KNOWN_PROPER_NOUNS = new Set([
  'belarus', 'poland', 'lithuania', 'latvia', 'ukraine', 'russia', 'germany', 'georgia', 'europe', 'estonia', 'czechia', 'america', 'english', 'russian', 'belarusian', 'polish',
  'instagram', 'telegram', 'viber', 'facebook', 'youtube', 'tiktok', 'whatsapp', 'signal', 'twitter', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'prison', 'article', 'court', 'colony', 'custody', 'minsk', 'sizo',
  'okrestin', 'akrestsina', 'autumn', 'spring', 'summer', 'winter', 'christmas', 'easter', 'euros', 'rubles', 'roubles', 'dollars', 'eur', 'usd', 'kgb', 'omon',
]);

/**
 * Proper nouns that identify nobody in these stories: countries, languages, faiths, public
 * figures and bodies every story names, platforms, months and days (folded, any script).
 */
const SAFE_WORDS = [
  ...KNOWN_PROPER_NOUNS,
  'Lukashenko', 'Lukashenka', 'Putin', 'Statkevich', 'Statkevich', 'Latushka', 'Latushko', 'Bialiatski', 'Byalyatsky', 'Kolesnikova', 'Protasevich', 'Pratasevich', 'Tsikhanouskaya', 'Tikhanovskaya', 'Tsikhanouski', 'Tikhanovsky', 'Babariko', 'Babaryka', 'Kalesnikava', 'Kolesnikova', 'Zelensky', 'Zelenskyy',
  'Viasna', 'Vyasna', 'Vesna', 'BYSOL', 'Amnesty', 'International', 'Memorial', 'UN', 'OSCE', 'EU', 'NATO', 'Radio', 'Svaboda', 'Svoboda', 'Liberty', 'Free', 'Euroradio',
  'Nasha', 'Niva', 'Zerkalo', 'Lusterka', 'Onliner', 'Belsat', 'Nexta', 'Dissidentby', 'Reuters', 'BBC', 'Ryanair', 'Mediazona', 'Meduza',
  'God', 'Lord', 'Jesus', 'Christ', 'Bible', 'Orthodox', 'Catholic', 'Christian', 'Muslim', 'Jewish', 'Soviet', 'USSR', 'Union', 'European', 'Western', 'Eastern',
  'Ukrainian', 'Ukrainians', 'Belarusians', 'Russians', 'Poles', 'Lithuanians', 'American', 'Americans', 'Germans', 'Europeans', 'Lithuanian', 'Latvian', 'German', 'French', 'Swedish',
  'Covid', 'Coronavirus', 'Internet', 'Google', 'Apple', 'Android', 'iPhone', 'Zoom', 'Skype', 'VKontakte', 'Odnoklassniki', 'Gmail',
  'Criminal', 'Code', 'Article', 'Part', 'President', 'Constitution', 'Parliament', 'Ministry', 'Interior', 'Investigative', 'Committee', 'Prosecutor', 'General', 'Supreme',
  'Mr', 'Mrs', 'Ms', 'Dr', 'OK', 'TV', 'PS',
  'Sannikau', 'Sannikov', 'Pachobut', 'Poczobut',
  // The heads of the interior ministry, the KGB, the prosecutor's office and the Security Council
  // since 2020, whom stories name as the power behind a case ("Kubrakau is a fascist").
  'Kubrakau', 'Kubrakov', 'Karayeu', 'Karaev', 'Tsertsel', 'Tertel', 'Shved', 'Volfovich',
  'Kryminalny', 'Kryminalnaha', 'Kryminalnym', 'Kodeks', 'Kodeksa', 'Kodeksam',
];

const SAFE_FOLDS = new Set(SAFE_WORDS.map(foldWord));

/**
 * English words of the list that are no Belarusian or Russian proper noun: folded, they meet
 * given names in Cyrillic (July ~ Юлия, German ~ Герман, Christian ~ Кристиан), so a Cyrillic
 * word is not checked against them.
 */
const ENGLISH_ONLY = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'autumn', 'spring', 'summer', 'winter',
  'english', 'russian', 'belarusian', 'polish', 'prison', 'article', 'court', 'colony', 'custody', 'christmas', 'easter',
  'euros', 'rubles', 'roubles', 'dollars', 'God', 'Lord', 'Jesus', 'Christ', 'Bible', 'Orthodox', 'Catholic', 'Christian',
  'Muslim', 'Jewish', 'Soviet', 'Union', 'European', 'Western', 'Eastern', 'Ukrainian', 'Ukrainians', 'Belarusians', 'Russians',
  'Poles', 'Lithuanians', 'American', 'Americans', 'Germans', 'Europeans', 'Lithuanian', 'Latvian', 'German', 'French', 'Swedish',
  'Criminal', 'Code', 'Part', 'President', 'Constitution', 'Parliament', 'Ministry', 'Interior', 'Investigative', 'Committee',
  'Prosecutor', 'General', 'Supreme', 'Mr', 'Mrs', 'Ms', 'Dr', 'OK', 'TV', 'PS', 'Liberty', 'Free', 'International',
];
const CYRILLIC_SAFE_FOLDS = new Set([...SAFE_FOLDS].filter((f) => !new Set(ENGLISH_ONLY.map(foldWord)).has(f)));
const CYRILLIC = /\p{Script=Cyrillic}/u;

const endingless = (fold: string) => fold.replace(/(?:a|u|e|i|om|oi|ou|ie|ia|iu)$/, '');

/**
 * Countries by the stem of their one-word names in Russian, Belarusian and English
 * (i18n-iso-countries, CLDR names): «в Турцию», «з Польшчы» name no one. Stems shorter
 * than four letters (Чад, Куба) are left out: they are as often someone's name.
 */
/** What may follow a country's stem in its case forms (Германи-и, Беларус-і, Польшч-ай), and nothing else (Дані-ла is no Данія). */
const COUNTRY_ENDING = /^(?:[аяуюеэіыиойь]|[аяоеэ][йюмх]|[иі][ия]|[иі][юі])?$/u;

let countryStems: { latin: Set<string>; cyrillic: string[] } | null = null;
function isCountry(word: string, fold: string): boolean {
  if (!countryStems) {
    countryStems = { latin: new Set(), cyrillic: [] };
    for (const lang of [countriesRu, countriesBe, countriesEn]) {
      for (const names of Object.values(lang.countries)) {
        for (const name of typeof names === 'string' ? [names] : names) {
          if (!/^[\p{L}-]+$/u.test(name)) continue;
          const stem = endingless(foldWord(name));
          if (stem.length >= 4) countryStems.latin.add(stem);
          // In Cyrillic a country is one of its own case forms: the folds meet given names (Германия ~ Герман).
          const own = name.toLowerCase().replace(/[аяьйоеыі]$/u, '');
          if (/\p{Script=Cyrillic}/u.test(name) && own.length >= 4) countryStems.cyrillic.push(own);
        }
      }
    }
  }
  if (!CYRILLIC.test(word)) return countryStems.latin.has(endingless(fold));
  const lower = word.toLowerCase();
  return countryStems.cyrillic.some((stem) => lower.startsWith(stem) && COUNTRY_ENDING.test(lower.slice(stem.length)));
}

/** Whether a word is a country's one-word name, in English, Russian or Belarusian. */
export const isCountryWord = (word: string): boolean => isCountry(word, foldWord(word));

/** Whether a capitalised word is one of the proper nouns that identify nobody. */
export const isSafeProperNoun: (word: string) => boolean = memoByWord((word) => {
  if (KNOWN_CYRILLIC.test(word)) return true;
  // "Tsikhanouskaya’s campaign": the English possessive leaves the name it is on.
  const fold = foldWord(word.replace(/['’]s$/u, ''));
  const safe = CYRILLIC.test(word) ? CYRILLIC_SAFE_FOLDS : SAFE_FOLDS;
  return safe.has(fold) || safe.has(endingless(fold)) || safe.has(`${endingless(fold)}a`) || isCountry(word, fold);
});
