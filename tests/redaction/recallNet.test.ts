import { describe, expect, it } from 'vitest';
import './dictionaries';
import type { CaseFile } from '../../shared/caseFile/schema';
import { redactStory, scanStory, type DetailOf, type Finding } from '../../shared/redaction';

const empty: CaseFile = { format: 'case-file/1', subject: { fullName: 'Nobody' } };
const suspectsIn = (text: string) => scanStory(empty, text).filter((f): f is Finding & DetailOf<'suspect'> => f.category === 'suspect');
const suspects = (text: string) => suspectsIn(text).map((f) => [f.original, f.guess]);
const record: CaseFile = { format: 'case-file/1', subject: { fullName: 'Tamara Zhylinskaya', gender: 'female' } };

describe('the recall net', () => {
  it('flags unknown capitalised words in mid-sentence, with a guess', () => {
    expect(suspects('The lawyer Marfutka visited him; he lived near Zablotsie then.')).toEqual([['Marfutka', 'name']]);
    // In Russian the cue words (адвокат, в) let the person and place detectors take these first, with
    // their own category; either way each unknown word is flagged, as what it most likely is.
    const flagged = scanStory(empty, 'Ему помогал адвокат Шкурдюк, а потом он уехал в Зарудичи.').map((f) => [f.original, f.category === 'suspect' ? f.guess : f.category]);
    expect(flagged).toEqual([['Шкурдюк', 'name'], ['Зарудичи', 'place']]);
  });

  it('leaves ordinary words, safe proper nouns and sentence openings alone', () => {
    expect(suspects('Thank you. Among them were judges of the Supreme Court in January.')).toEqual([]);
    expect(suspects('Сегодня Очень холодно. Мужчина сказал, что Лукашенко выступил.')).toEqual([]);
    expect(suspects('They met Svetlana Tsikhanouskaya and read the Criminal Code.')).toEqual([]);
  });

  it('gives each finding a confidence and a reason a person can read', () => {
    const [found] = suspectsIn('The lawyer Marfutka came.');
    expect(found!.confidence).toBeGreaterThan(0.5);
    expect(found!.reason).toMatch(/Marfutka.*capitalised in mid-sentence.*person/);
  });

  it('replaces a surname after a caught first name together with it, as one person', () => {
    const text = 'Tamara was tried by judge Anatol Marfutka in Zablotsie.';
    const out = redactStory({ ...record, story: { text } }).text;
    expect(out).not.toMatch(/Marfutka|Anatol|Zablotsie/);
    const names = scanStory({ ...record, story: { text } }).filter((f) => f.category === 'name' || f.category === 'suspect' || f.category === 'place');
    expect(names.map((f) => f.original)).toEqual(['Tamara', 'Anatol Marfutka', 'Zablotsie']);
  });
});

describe('damage guards', () => {
  it('never takes an ordinary word for a name of the record or of the story', () => {
    const caseFile: CaseFile = { format: 'case-file/1', subject: { fullName: 'Наталья Ковальчук', gender: 'female' }, story: { text: 'С самого начала Мужчина молчал. Белорусская милиция пришла к Наталье.' } };
    const findings = scanStory(caseFile);
    expect(findings.map((f) => f.original)).toEqual(['Наталье']);
  });

  it('leaves public figures named with their first name', () => {
    const caseFile: CaseFile = { format: 'case-file/1', subject: { fullName: 'Сергей Ковальчук', gender: 'male' }, story: { text: 'Сергей поддерживал Сергея Тихановского и Светлану Тихановскую. Alexander Lukashenko spoke.' } };
    expect(scanStory(caseFile).map((f) => f.original)).toEqual(['Сергей']);
  });
});

describe('the recall net in Belarusian paragraphs', () => {
  it('passes by sentence openings the lexicon knows only through the у/ў alternation, a classical particle or an unfolded soft sign', () => {
    expect(suspects('Усе яго чакалі. Ужо позна. Ня трэба.')).toEqual([]);
    expect(suspects('Usie jaho čakali. Užo pozna. Nia treba. Chtości pryjšoŭ.')).toEqual([]);
  });

  it('passes by verbs and compounds no lexicon lists', () => {
    expect(suspects('Выплочваць трэба было штомесяц. Палітвязень пісаў лісты.')).toEqual([]);
    expect(suspects('Apiekavałasia jana synam. Jon pisaŭ ad Pravaabarončaha centru.')).toEqual([]);
  });

  it('passes by countries, public bodies and public figures in every script and spelling', () => {
    expect(suspects('Яна адпачывала ў Jehipcie зь сям’ёй.')).toEqual([]);
    expect(suspects('Потым ён паехаў у Егіпет. Пра гэта казаў Эўразьвяз і кандыдат Саньнікаў.')).toEqual([]);
    expect(suspects('Jana pisała Andžeju Pačobutu.')).toEqual([]);
    expect(suspects('Пра гэта напісаў Тut.by.')).toEqual([]);
  });

  it('still flags an unknown surname in mid-sentence and a compound-looking one the lexicon cannot split', () => {
    expect(suspects('Яго абараняў адвакат Антыпенка.').map(([w]) => w)).toEqual(['Антыпенка']);
    expect(redactStory({ ...empty, story: { text: 'Na sudzie byŭ Kulbicki.' } }).text).not.toMatch(/Kulbicki/);
  });
});
