// Hand-written (docs/hand-written.md): generalisations that still read, by DESIGN.md's policy.

const SEASONS = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];
const SEASONS_RU = ['зимой', 'зимой', 'весной', 'весной', 'весной', 'летом', 'летом', 'летом', 'осенью', 'осенью', 'осенью', 'зимой'];

export function seasonPhrase(month: number, year: number | undefined, cyrillic: boolean): string {
  if (cyrillic) return year ? `${SEASONS_RU[month - 1]} ${year} года` : SEASONS_RU[month - 1]!;
  return year ? `${SEASONS[month - 1]} ${year}` : SEASONS[month - 1]!;
}

const DECADES = ['', 'teen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "39-year-old" as an adjective or a noun; "aged 65" as "in their sixties". */
export function agePhrase(age: number, form: string, asNoun: boolean): string {
  if (form === 'birthday') return 'birthday';
  if (form === 'weeks-old') return 'a few weeks old';
  if (form === 'months-old') return age < 12 ? 'less than a year old' : age < 24 ? 'under two years old' : 'a few years old';
  if (form === 'grade') return age <= 4 ? 'primary grade' : age <= 9 ? 'middle grade' : 'senior grade';
  if (form === 'children') return age < 18 ? 'still children' : 'of different ages';
  const decade = Math.floor(age / 10);
  if (form === 'aged' || form === 'age-of') {
    if (age < 13) return 'still a child';
    if (age < 20) return 'in their teens';
    return `in their ${DECADES[decade]}ies`.replace('twentyies', 'twenties').replace('thirtyies', 'thirties').replace('fortyies', 'forties').replace('fiftyies', 'fifties').replace('sixtyies', 'sixties').replace('seventyies', 'seventies').replace('eightyies', 'eighties').replace('ninetyies', 'nineties');
  }
  if (age < 13) return asNoun ? 'child' : 'young';
  if (age < 20) return asNoun ? 'teenager' : 'teenage';
  return `${DECADES[decade]}-something`;
}

export function countPhrase(value: number, unit: string): string {
  if (value >= 1000) return `thousands of ${unit}`;
  if (value >= 100) return `hundreds of ${unit}`;
  return `a few ${unit}`;
}

export const FACILITY_PHRASES: Readonly<Record<string, string>> = {
  pretrial: 'a pre-trial detention center',
  colony: 'a penal colony',
  temporary: 'a temporary detention facility',
  prison: 'a prison',
  detention: 'a detention center',
};

export const INSTITUTION_PHRASES: Readonly<Record<string, string>> = {
  school: 'a local school',
  kindergarten: 'a kindergarten',
  pharmacy: 'a pharmacy',
  hospital: 'a hospital',
  university: 'a university',
  court: 'a court',
  enterprise: 'a large enterprise',
  office: 'a local state office',
  workplace: 'a local enterprise',
};

export const PLACE_PHRASES: Readonly<Record<string, string>> = {
  capital: 'the capital',
  regional: 'a regional centre',
  town: 'a small town',
  abroad: 'a city abroad',
  village: 'a village',
};

const MALE = ['Andrei', 'Pavel', 'Dmitri', 'Maksim', 'Oleg', 'Viktor', 'Roman', 'Kirill', 'Denis', 'Yuri', 'Boris', 'Stepan', 'Igor', 'Ilya', 'Timur', 'Gleb', 'Matvei', 'Fedor'];
const FEMALE = ['Anna', 'Maria', 'Irina', 'Elena', 'Tatiana', 'Svetlana', 'Marina', 'Ekaterina', 'Daria', 'Alena', 'Kira', 'Inna', 'Zoya', 'Nina', 'Lidia', 'Vera', 'Larisa', 'Diana'];
const MALE_RU = ['Андрей', 'Павел', 'Дмитрий', 'Максим', 'Олег', 'Виктор', 'Роман', 'Кирилл', 'Денис', 'Юрий', 'Борис', 'Степан', 'Игорь', 'Илья', 'Тимур', 'Глеб', 'Матвей', 'Фёдор'];
const FEMALE_RU = ['Анна', 'Мария', 'Ирина', 'Елена', 'Татьяна', 'Светлана', 'Марина', 'Екатерина', 'Дарья', 'Алёна', 'Кира', 'Инна', 'Зоя', 'Нина', 'Лидия', 'Вера', 'Лариса', 'Диана'];

// Surnames in their masculine nominative; Az.js (OpenCorpora Surn) gives the feminine, plural and case forms.
const SURNAMES = ['Orlov', 'Sokolov', 'Morozov', 'Volkov', 'Lebedev', 'Kozlov', 'Zaitsev', 'Pavlov', 'Semenov', 'Golubev', 'Vinogradov', 'Belov', 'Tarasov', 'Medvedev', 'Nikitin', 'Karpov', 'Frolov', 'Gusev'];
const SURNAMES_RU = ['Орлов', 'Соколов', 'Морозов', 'Волков', 'Лебедев', 'Козлов', 'Зайцев', 'Павлов', 'Семенов', 'Голубев', 'Виноградов', 'Белов', 'Тарасов', 'Медведев', 'Никитин', 'Карпов', 'Фролов', 'Гусев'];

export const PSEUDONYMS = {
  male: MALE.map((latin, i) => ({ latin, cyrillic: MALE_RU[i]! })),
  female: FEMALE.map((latin, i) => ({ latin, cyrillic: FEMALE_RU[i]! })),
  surname: SURNAMES.map((latin, i) => ({ latin, cyrillic: SURNAMES_RU[i]! })),
};

type CaseForms = Record<'nominative' | 'genitive' | 'dative' | 'instrumental' | 'prepositional', string>;

/** Russian generalisations in every case, so a replaced place or facility still agrees. */
export const RUSSIAN_PHRASES: Readonly<Record<string, CaseForms>> = {
  capital: { nominative: 'столица', genitive: 'столицы', dative: 'столице', instrumental: 'столицей', prepositional: 'столице' },
  town: { nominative: 'небольшой город', genitive: 'небольшого города', dative: 'небольшому городу', instrumental: 'небольшим городом', prepositional: 'небольшом городе' },
  abroad: { nominative: 'город за границей', genitive: 'города за границей', dative: 'городу за границей', instrumental: 'городом за границей', prepositional: 'городе за границей' },
  village: { nominative: 'деревня', genitive: 'деревни', dative: 'деревне', instrumental: 'деревней', prepositional: 'деревне' },
  colony: { nominative: 'колония', genitive: 'колонии', dative: 'колонии', instrumental: 'колонией', prepositional: 'колонии' },
  pretrial: { nominative: 'СИЗО', genitive: 'СИЗО', dative: 'СИЗО', instrumental: 'СИЗО', prepositional: 'СИЗО' },
  temporary: { nominative: 'ИВС', genitive: 'ИВС', dative: 'ИВС', instrumental: 'ИВС', prepositional: 'ИВС' },
  detention: { nominative: 'изолятор', genitive: 'изолятора', dative: 'изолятору', instrumental: 'изолятором', prepositional: 'изоляторе' },
  prison: { nominative: 'тюрьма', genitive: 'тюрьмы', dative: 'тюрьме', instrumental: 'тюрьмой', prepositional: 'тюрьме' },
  organisation: { nominative: 'организация', genitive: 'организации', dative: 'организации', instrumental: 'организацией', prepositional: 'организации' },
};

const PREPOSITION_CASE: Readonly<Record<string, keyof CaseForms>> = {
  в: 'prepositional', во: 'prepositional', на: 'prepositional', о: 'prepositional', об: 'prepositional', при: 'prepositional',
  из: 'genitive', от: 'genitive', до: 'genitive', у: 'genitive', около: 'genitive', возле: 'genitive', для: 'genitive', без: 'genitive', после: 'genitive',
  к: 'dative', по: 'dative', под: 'instrumental', над: 'instrumental', за: 'instrumental', перед: 'instrumental', с: 'instrumental', со: 'instrumental',
};

/** The case a Russian or Belarusian noun is in, from the preposition before it or else its ending. */
export function russianCase(word: string, previousWord: string): keyof CaseForms {
  const byPreposition = PREPOSITION_CASE[previousWord.toLowerCase()];
  if (byPreposition) return byPreposition;
  const lower = word.toLowerCase();
  if (/(?:ом|ем|ой|ей|ём)$/.test(lower)) return 'instrumental';
  if (/[еі]$/.test(lower)) return 'prepositional';
  if (/[ау]$/.test(lower) && /у$/.test(lower)) return 'dative';
  if (/[аяы]$/.test(lower)) return 'genitive';
  return 'nominative';
}

/** "Ему было 26 лет" → "за двадцать". */
/** A count of years that is an age, said as one that also reads as a span of time: «двадцать с лишним лет». */
export function russianYearsPhrase(age: number): string {
  const decades = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
  if (age < 10) return 'несколько лет';
  if (age < 20) return 'больше десяти лет';
  const decade = decades[Math.floor(age / 10)];
  return decade ? `${decade} с лишним лет` : 'много лет';
}

export function russianAgePhrase(age: number): string {
  const decades = ['', 'меньше двадцати', 'за двадцать', 'за тридцать', 'за сорок', 'за пятьдесят', 'за шестьдесят', 'за семьдесят', 'за восемьдесят', 'за девяносто'];
  if (age < 13) return 'совсем немного лет';
  return decades[Math.floor(age / 10)] ?? 'много лет';
}
