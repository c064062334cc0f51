// Issue 10, items 5 and 6: a record person's diminutives, Russian and Belarusian, in both
// Belarusian scripts and every case, are that person, and the pseudonym takes their case.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../caseFile/schema';
import '../../tests/redaction/dictionaries';
import { redactStory, scanStory } from '.';

const caseOf = (fullName: string, text: string, language: string): CaseFile =>
  ({ format: 'case-file/1', subject: { fullName, gender: 'male', city: 'Гродна' }, story: { title: '', text, language } }) as unknown as CaseFile;

/** The original of every finding given to the subject. */
const subjectMentions = (c: CaseFile) => scanStory(c).filter((f) => f.personId === 'subject').map((f) => f.original);

describe('Belarusian diminutives of the record given name', () => {
  it.each([
    ['Сяргей Лагун', 'Сяргей Лагун у калоніі. Сярожа піша. Пра Сярожу пісалі. У Сярожы сын. Са Сяржуком пагаварылі.', ['Сярожа', 'Сярожу', 'Сярожы', 'Сяржуком']],
    ['Уладзімір Лагун', 'Уладзімір Лагун у калоніі. У Валодзі сын. Пра Валодзю пісалі. Валодзя піша. З Валодзем добра.', ['Валодзі', 'Валодзю', 'Валодзя', 'Валодзем']],
    ['Мікалай Лагун', 'Мікалай Лагун у калоніі. Міколу пасадзілі. Коля піша.', ['Міколу', 'Коля']],
    ['Канстанцін Лагун', 'Канстанцін Лагун у калоніі. Кастусь піша. Мы бачылі Косцю.', ['Кастусь', 'Косцю']],
    ['Дзмітрый Лагун', 'Дзмітрый Лагун у калёніі. Зьміцер піша. Пра Зьмітра пісалі.', ['Зьміцер']],
  ])('%s (Cyrillic, classical spellings too)', (name, text, expected) => {
    const found = subjectMentions(caseOf(name, text, 'be'));
    for (const word of expected) expect(found.join(' ')).toContain(word);
  });

  it('in Łacinka', () => {
    const found = subjectMentions(caseOf('Uładzimir Łahun', 'Uładzimir Łahun u kałonii. U Vałodzi josć syn. Vałodzia piša. Pra Vałodziu pisali.', 'be-Latn'));
    expect(found).toEqual(expect.arrayContaining(['Vałodzi', 'Vałodzia', 'Vałodziu']));
  });

  it('become the pseudonym in their case, and a person, not a village', () => {
    const { text } = redactStory(caseOf('Уладзімір Лагун', 'Уладзімір Лагун у калоніі. У Валодзі ёсць сын. Пра Валодзю мы пісалі. Валодзя напісаў ліст. Са Сьцёпам і з Валодзем.', 'be'));
    const [pseudonym] = text.split(' ');
    expect(text).not.toMatch(/вёс/u);
    expect(text).not.toMatch(/Валод/u);
    const gen = redactStory(caseOf('Уладзімір Лагун', 'У Валодзі ёсць сын.', 'be')).text;
    expect(gen).toMatch(new RegExp(`^У ${pseudonym}[аяу] ёсць сын\\.$`, 'u'));
  });
});

describe('a linked Russian diminutive keeps its case', () => {
  const story = 'Сергей Лагун в колонии. Серёжа написал письмо. Сергуня тут. У Серёжи есть сын. С Серёжей говорили. Видели Сергея.';
  it('nominative stays nominative, oblique forms take their own case', () => {
    const { text } = redactStory(caseOf('Сергей Лагун', story, 'ru'));
    const name = text.match(/^(\p{Lu}\p{Ll}+)/u)![1]!;
    expect(text).toContain(`. ${name} написал письмо. ${name} тут.`);
    expect(text).toMatch(new RegExp(`С ${name}(?:ом|ем|ей) говорили`, 'u'));
    expect(text).not.toMatch(/Серг|Серё/u);
  });

  it('«об» and «о» fit the pseudonym', () => {
    const { text } = redactStory({ ...caseOf('Анна Лагун', 'Об Ане писали. О Ане писали.', 'ru'), subject: { fullName: 'Анна Лагун', gender: 'female', city: 'Гродна' } } as unknown as CaseFile);
    for (const [, preposition, name] of text.matchAll(/(Об?) (\p{Lu}\p{Ll}+)/gu)) expect(preposition).toBe(/^[АЕИОУЭ]/u.test(name!) ? 'Об' : 'О');
  });
});

describe('a person the record does not list', () => {
  const story = (text: string) => ({ format: 'case-file/1', subject: { fullName: 'Ганна Лагун', gender: 'female', city: 'Гродна' }, story: { title: '', text, language: 'be' } }) as unknown as CaseFile;
  const unlisted = (text: string) => scanStory(story(text)).filter((f) => f.category === 'name' && !f.personId);

  it('keeps one pseudonym in every case of an unknown name, and a man keeps a man’s name', () => {
    const found = unlisted('Ганна Лагун піша ліст. Побач з ёй стаіць Арсень. Ганна пытала пра Арсеня і Арсенем.');
    const arsen = found.filter((f) => /^Арсен/u.test(f.original));
    expect(arsen.length).toBe(3);
    const nominative = arsen.find((f) => f.original === 'Арсень')!.replacement;
    for (const f of arsen) expect(f.replacement.startsWith(nominative.replace(/[йь]$/u, ''))).toBe(true);
    expect(nominative).not.toMatch(/[ая]$/u);
  });

  it('takes the gender of the verb beside the name', () => {
    const found = unlisted('Ганна Лагун піша ліст. Побач з ёй стаіць Зарэма. Потым Зарэма напісала ліст.');
    for (const f of found.filter((x) => x.original === 'Зарэма')) expect(f.replacement).toMatch(/[ая]$/u);
  });

  it('leaves the noun before an unknown name and gives the name a man’s pseudonym in its case', () => {
    for (const [text, noun] of [['Ганна Лагун піша ліст. Палітвязьня Ільдара Закірава перавялі ў калонію.', 'Палітвязьня'], ['Hanna Łahun piša list. Palitviaźnia Ildara Zakirava pieraviali.', 'Palitviaźnia']] as const) {
      const name = scanStory(story(text)).find((f) => /Ільдар|Ildar/u.test(f.original))!;
      expect(name.original).toMatch(/^(?:Ільдара|Ildara) (?:Закірава|Zakirava)$/u);
      expect(text.slice(0, name.start)).toContain(noun);
      // A man's name in the genitive: -а/-я after a consonant stem, not a woman's -ы/-і.
      expect(name.replacement).toMatch(/[ауяa]$/u);
      expect(name.replacement).not.toMatch(/^(?:Ганн|Марыі|Ірын|Аксан|Таццян|Святлан|Марын|Кацярын|Наталл|Алён|Кір|Ін|Тамар|Нін|Галін|Вер|Ларыс|Людміл)/u);
    }
  });
});

describe('a name written with an apostrophe (Дар’я, Мар’яна)', () => {
  const female = (fullName: string, text: string, language: string): CaseFile =>
    ({ format: 'case-file/1', subject: { fullName, gender: 'female', city: 'Гродна' }, story: { title: '', text, language } }) as unknown as CaseFile;

  it.each([
    ['Дар’я Лагун', 'Дар’я Лагун у калоніі. Я перадала ёй ліст, кажа сястра. Дар’ю затрымалі ўвосень.', 'be'],
    ['Дарья Лагун', 'Дарья Лагун в колонии. Я передала ей письмо, говорит сестра.', 'ru'],
    ['Dar’ja Łahun', 'Dar’ja Łahun u kałonii. Ja pieradała joj list, kaža siastra.', 'be-Latn'],
  ])('%s: her name goes in every form, the pronoun "I" stays', (name, text, language) => {
    const found = subjectMentions(female(name, text, language));
    expect(found.length).toBeGreaterThan(0);
    expect(found).not.toContain('Я');
    expect(found).not.toContain('Ja');
    const redacted = redactStory(female(name, text, language)).text;
    expect(redacted).toMatch(/(?:^|\. )(?:Я|Ja) (?:перадала|передала|pieradała)/u);
    expect(redacted).not.toMatch(/Дар|Dar/u);
  });
});

describe('a record surname that is also a noun, alone in an oblique case', () => {
  const male = (fullName: string, text: string, language: string): CaseFile =>
    ({ format: 'case-file/1', subject: { fullName, gender: 'male', city: 'Гродна' }, story: { title: '', text, language } }) as unknown as CaseFile;

  it.each([
    ['Станислав Кулеш', 'Суд оставил приговор Кулешу без изменений. Жалобу Кулеша отклонили. С Кулешом говорили.', 'ru', /Кулеш/u],
    ['Павел Кузнец', 'Приговор Кузнецу оставили в силе. Жалобу Кузнеца отклонили.', 'ru', /Кузнец/u],
    ['Станіслаў Воўк', 'Суд пакінуў прысуд Ваўку без зменаў. Скаргу Ваўка адхілілі. З Ваўком гаварылі.', 'be', /Ва[ўу]к|Воўк/u],
    ['Stanisłaŭ Voŭk', 'Sud pakinuŭ prysud Vaŭku biez zmienaŭ. Skarhu Vaŭka adchilili.', 'be-Latn', /Vaŭk|Voŭk/u],
  ])('%s: every case form goes', (name, text, language, leak) => {
    expect(redactStory(male(name, text, language)).text).not.toMatch(leak);
  });

  it('one surname pseudonym for every case form (Кулеш, Кулешу, Кулешом)', () => {
    const { text } = redactStory(male('Станислав Кулеш', 'Кулеш не согласен. Приговор Кулешу оставили. С Кулешом говорили.', 'ru'));
    const [surname] = text.split(' ');
    const stem = surname!.slice(0, -2);
    expect(text.match(new RegExp(stem, 'gu'))?.length).toBe(3);
  });

  it('the noun in lower case stays', () => {
    expect(redactStory(male('Станіслаў Воўк', 'Яны бачылі ваўка ў лесе.', 'be')).text).toBe('Яны бачылі ваўка ў лесе.');
  });
});

describe('a record diminutive that is also an ordinary word, opening a sentence', () => {
  it('is the record person (Косцю, not the accusative of косць)', () => {
    const found = subjectMentions(caseOf('Канстанцін Лагун', 'Канстанцін Лагун у калоніі. Косцю пасадзілі ў 2021 годзе.', 'be'));
    expect(found).toContain('Косцю');
  });
});

describe('unknown Belarusian names and their surnames', () => {
  const nobody = (text: string, language = 'be') => redactStory({ format: 'case-file/1', subject: { fullName: 'Нікога Няма' }, story: { text, language } } as unknown as CaseFile).text;

  it('a man\'s name in -а the table knows is a man\'s', () => {
    const out = nobody('Затрымалі студэнта Мікіту Лабуновіча. Цяпер Мікіта чакае суду.');
    expect(out).toMatch(/^Затрымалі студэнта (\p{Lu}\p{Ll}+)\. Цяпер (\p{Lu}\p{Ll}+) чакае суду\.$/u);
    const [, acc, nom] = out.match(/студэнта (\p{Lu}\p{Ll}+)\. Цяпер (\p{Lu}\p{Ll}+)/u)!;
    expect(nom).toMatch(/[^ая]$/u);
    expect(acc).toMatch(/[ая]$/u);
  });

  it('a surname that is also a word, alone, is the person of the full name in any case', () => {
    const out = nobody('Суд асудзіў Рыгора Лагуна на тры гады. Лагун піша лісты. Пра Лагуна кажа маці.');
    expect(out).not.toMatch(/Лагун/u);
    const [, acc, nom, loc] = out.match(/^Суд асудзіў (\p{Lu}\p{Ll}+) на тры гады\. (\p{Lu}\p{Ll}+) піша лісты\. Пра (\p{Lu}\p{Ll}+) кажа маці\.$/u)!;
    for (const form of [acc!, loc!]) expect(form.startsWith(nom!.replace(/[йь]$/u, ''))).toBe(true);
  });

  it('a given name only the Russian dictionary knows joins the surname after it, with its gender', () => {
    const out = nobody('Зарына Лабун сказала, што ўсё добра. Лабун чакае.');
    expect(out).not.toMatch(/Зарын|Лабун/u);
    const name = out.match(/^(\p{Lu}\p{Ll}+) сказала/u)![1]!;
    expect(name).toMatch(/[ая]$/u);
    expect(out).toContain(`${name} чакае`);
  });
});
