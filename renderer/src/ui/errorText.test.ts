// @vitest-environment jsdom
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { damageText, english, ENGLISH_TEMPLATES, ERROR_KEYS, SafeholdError, textOf, type ErrorKey } from '../../../shared/errors';
import { fail } from '../../../shared/ipc/result';
import { ERROR_RESOURCES, initI18n } from '../i18n';
import { errorText, sayError } from './errorText';

let i18n: Awaited<ReturnType<typeof initI18n>>;
beforeAll(async () => {
  i18n = await initI18n('en');
});

const blanks = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
// Every blank filled with a marker that cannot appear in any wording.
const filled = (key: ErrorKey) => ({ key, params: Object.fromEntries(blanks(ENGLISH_TEMPLATES[key]).map((name) => [name, `⟦${name}⟧`])) });
// Names of files, formats and products are the same in every language.
const SAME_EVERYWHERE = /Safehold|Argon2id|vault\.json|story\.json|JSON|UTF-8|base64|EUR|pid|abc/g;

describe.each(['ru', 'be'] as const)('the core’s messages in %s', (language) => {
  const translations = ERROR_RESOURCES[language];
  let t: TFunction;
  beforeAll(() => {
    t = i18n.getFixedT(language);
  });

  it('word every key of the table, and only those', () => {
    expect(Object.keys(translations).sort()).toEqual([...ERROR_KEYS].sort());
  });

  it.each([...ERROR_KEYS])('%s: has every blank of the English, filled, and no English left', (key) => {
    const template = translations[key];
    expect(blanks(template), template).toEqual(blanks(ENGLISH_TEMPLATES[key]));
    const text = filled(key);
    const worded = sayError(text, t);
    expect(worded).not.toMatch(/\{\{|\}\}/);
    for (const value of Object.values(text.params)) expect(worded).toContain(value);
    const words = template.replace(/\{\{\w+\}\}/g, '').replace(SAME_EVERYWHERE, '');
    if (/\p{L}/u.test(ENGLISH_TEMPLATES[key].replace(/\{\{\w+\}\}/g, ''))) expect(worded).not.toBe(english(text));
    expect(words, template).not.toMatch(/[A-Za-z]{2,}/);
    expect(template, 'a word mixes Latin and Cyrillic letters').not.toMatch(/[\p{Script=Cyrillic}][A-Za-z]|[A-Za-z][\p{Script=Cyrillic}]/u);
  });
});

describe('errorText', () => {
  it('words an error that crossed IPC in the person’s language, nested messages and refused fields included', async () => {
    const refusal = fail(
      new SafeholdError('vault.kdfChanged', {
        what: textOf('part.userSlot', { id: 's1' }),
        problems: [textOf('kdf.passesBelow', { passes: 1, minimum: 3 })],
      }),
    );
    const invalid = fail(new SafeholdError('caseFile.invalid', { file: 'a.json', issues: [{ path: 'subject.birthDate', key: 'schema.date', params: {} }] }));
    if (refusal.ok || invalid.ok) throw new Error('expected refusals');
    expect(errorText(refusal.error, i18n.getFixedT('ru'))).toBe(
      'Настройки Argon2id в vault.json изменены или повреждены (слот ключа пользователя s1): число проходов (1) меньше допустимого (3). Восстановите vault.json из резервной копии.',
    );
    expect(errorText(invalid.error, i18n.getFixedT('be'))).toBe('a.json: Чалавек — Дата нараджэння: чакаецца дата ў выглядзе ГГГГ-ММ-ДД або ГГГГ');
    // The screen names the field by its label; the command line, by the schema's path.
    expect(errorText(invalid.error, i18n.getFixedT('en'))).toBe('a.json: The person — Date of birth: expected YYYY-MM-DD or YYYY');
    expect(invalid.error.message).toBe('a.json: subject.birthDate: expected YYYY-MM-DD or YYYY');
  });

  it('says in English exactly what the core says, from the same templates', () => {
    const t = i18n.getFixedT('en');
    for (const key of ERROR_KEYS) expect(sayError(filled(key), t), key).toBe(english(filled(key)));
  });

  it('words a damaged place in each language, naming the record once', () => {
    const older = damageText({ record: textOf('part.case', { id: 'c-2' }), problem: textOf('finding.olderThanLogged', { found: 1, version: 2 }) });
    const flipped = damageText({ record: textOf('part.case', { id: 'c-1' }), problem: textOf('record.integrity', { what: textOf('part.case', { id: 'c-1' }) }) });
    const cut = textOf('finding.auditCut', { file: 'audit.log', found: 3, holder: textOf('part.head'), count: 5, cut: 2 });
    expect([older, flipped, cut].map((text) => sayError(text, i18n.getFixedT('en')))).toEqual([
      'case c-2: the file is version 1, but the audit log records version 2 (an older copy was put back)',
      'case c-1 failed its integrity check (changed, swapped or damaged)',
      'audit.log has 3 entries, but the vault head was written after entry 5: its last 2 entries were cut',
    ]);
    expect([older, flipped, cut].map((text) => sayError(text, i18n.getFixedT('ru')))).toEqual([
      'дело c-2: файл — версия 1, а в журнале действий записана версия 2 (вернули старую копию)',
      'дело c-1: проверка целостности не пройдена (данные изменены, подменены или повреждены)',
      'в файле audit.log записей: 3, но сводка состояния хранилища ссылается на запись № 5: последние записи (их 2) обрезаны',
    ]);
    expect([older, flipped, cut].map((text) => sayError(text, i18n.getFixedT('be')))).toEqual([
      'справа c-2: файл — версія 1, а ў журнале дзеянняў запісана версія 2 (вярнулі старую копію)',
      'справа c-1: праверка цэласнасці не пройдзеная (даныя змененыя, падмененыя або пашкоджаныя)',
      'у файле audit.log запісаў: 3, але зводка стану сховішча спасылаецца на запіс № 5: апошнія запісы (іх 2) абрэзаныя',
    ]);
  });

  it('names a refused field by the form’s label in each language, never by its schema path', () => {
    const issues = [
      { path: 'relatives.0.relation', key: 'schema.required', params: {} },
      { path: 'legal.events.2.date', key: 'schema.realDate', params: {} },
      { path: 'needs.1.currency', key: 'schema.currency', params: {} },
      { path: 'story.title', key: 'schema.tooLong', params: { maximum: 500 } },
      { path: 'subject.phones.3', key: 'schema.tooLong', params: { maximum: 500 } },
    ] as const;
    const refusal = textOf('caseFile.invalid', { file: 'b.json', issues: [...issues] });
    expect(sayError(refusal, i18n.getFixedT('en'))).toBe(
      'b.json: Relative 1 — Relation: must not be empty; Legal case — Event 3 — Date: not a real date; Need 2 — Currency: expected a currency code such as EUR; Story — Title: too long: at most 500 characters; The person — Phone numbers: too long: at most 500 characters',
    );
    expect(sayError(refusal, i18n.getFixedT('ru'))).toBe(
      'b.json: Родственник 1 — Кем приходится: не может быть пустым; Уголовное дело — Событие 3 — Дата: такой даты не существует; Расход 2 — Валюта: ожидается код валюты, например EUR; История — Заголовок: слишком длинно (наибольшая длина — 500); Человек — Телефоны: слишком длинно (наибольшая длина — 500)',
    );
    const be = sayError(refusal, i18n.getFixedT('be'));
    expect(be).toMatch(/^b\.json: Сваяк 1 — Кім даводзіцца: .+; Крымінальная справа — Падзея 3 — Дата: .+; Выдатак 2 — Валюта: .+; Гісторыя — Загаловак: .+; Чалавек — Тэлефоны: /);
    expect(be.replace(/b\.json|EUR/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
