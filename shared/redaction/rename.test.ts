import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../caseFile/schema';
import '../../tests/redaction/dictionaries';
import { nominativeAt, renamePerson, scanAlongside, scanStory } from '.';

const russian = {
  format: 'case-file/1',
  subject: { fullName: 'Сергей Петрович Ковалёв', gender: 'male', city: 'Гомель' },
  story: { title: 'История Сергея', text: 'Его задержали весной. Мы не видели Сергея два года. Письмо Сергею пришло. С Сергеем говорил адвокат.' },
} as unknown as CaseFile;

const belarusian = {
  format: 'case-file/1',
  subject: { fullName: 'Вольга Іванаўна Сокал', gender: 'female', city: 'Гродна' },
  story: { title: 'Гісторыя Вольгі', text: 'Вольга працавала настаўніцай. Мы не бачылі Вольгу два гады. Ліст Вользе прыйшоў. З Вольгай гаварыў адвакат.' },
} as unknown as CaseFile;

/** The engine's mentions of the subject in a story, in order. */
const mentions = (c: CaseFile) => scanStory(c).filter((f) => f.personId === 'subject');
const formsIn = (c: CaseFile, typedAt: number, typed: string) => {
  const text = c.story!.text;
  const all = mentions(c);
  const at = all[typedAt]!;
  const forms = renamePerson(c, text, { start: at.start, end: at.end, personId: 'subject' }, typed);
  return all.map((m) => forms.get(`f${m.start}-${m.end}`));
};

describe('a pseudonym changed by hand, declined at every mention', () => {
  it('in Russian, from the nominative or from a form typed in its case', () => {
    expect(mentions(russian).map((m) => m.original)).toEqual(['Сергея', 'Сергею', 'Сергеем']);
    // Typed where the story says Сергея (genitive): read back to Кирилл, then declined everywhere.
    expect(formsIn(russian, 0, 'Кирилла')).toEqual(['Кирилла', 'Кириллу', 'Кириллом']);
    expect(formsIn(russian, 2, 'Кириллом')).toEqual(['Кирилла', 'Кириллу', 'Кириллом']);
    const first = mentions(russian)[0]!;
    expect(nominativeAt(russian, russian.story!.text, { start: first.start, end: first.end, personId: 'subject' }, 'Кирилла')).toBe('Кирилл');
  });

  it('in Belarusian, with the consonant alternations of the dative', () => {
    expect(mentions(belarusian).map((m) => m.original)).toEqual(['Вольга', 'Вольгу', 'Вользе', 'Вольгай']);
    expect(formsIn(belarusian, 0, 'Галіна')).toEqual(['Галіна', 'Галіну', 'Галіне', 'Галінай']);
    // Typed in the dative where the story says Вользе: read back to Марына.
    expect(formsIn(belarusian, 2, 'Марыне')).toEqual(['Марына', 'Марыну', 'Марыне', 'Марынай']);
    expect(formsIn(belarusian, 0, 'Святлана')).toEqual(['Святлана', 'Святлану', 'Святлане', 'Святланай']);
  });

  it('keeps exactly what was typed where nothing declines back to it', () => {
    expect(formsIn(russian, 0, 'К.')).toEqual(['К.', 'К.', 'К.']);
    expect(formsIn(russian, 1, 'Анна Мария')).toEqual(['Анна Мария', 'Анна Мария', 'Анна Мария']);
  });
});

describe('the other published texts of a case', () => {
  it('name each person as the story does, and with the name chosen for them', () => {
    const withRelative = {
      ...russian,
      relatives: [{ relation: 'жена', fullName: 'Анна Ковалёва', gender: 'female' }],
      story: { title: 'Анна ждёт Сергея', text: 'Мы не видели Сергея два года. Анна пишет ему письма.' },
    } as unknown as CaseFile;
    const story = scanStory(withRelative);
    const storyName = (personId: string) => story.find((f) => f.personId === personId)!.replacement;
    const [title] = scanAlongside(withRelative, withRelative.story!.text, [withRelative.story!.title!]);
    expect(title!.map((f) => f.replacement)).toEqual([storyName('relative-0'), storyName('subject')]);
    const [chosen] = scanAlongside(withRelative, withRelative.story!.text, ['Письмо для Сергея'], new Map([['subject', 'Кирилл']]));
    expect(chosen!.map((f) => f.replacement)).toEqual(['Кирилла']);
  });
});
