import { isSentenceInitial } from '../sentence';
import { wordLanguage } from './detect';
import { languageModule } from './modules';

/**
 * Whether a word is an ordinary word of its language where it stands, so that it must not be
 * taken for a name unless the record spells it exactly: a Russian word the dictionary knows
 * with no proper-noun reading (Мужчина, начала), or an English dictionary word written in lower
 * case or opening a sentence (Thank you); "Mark" in mid-sentence stays a possible name.
 */
export function isOrdinaryHere(text: string, start: number, word: string): boolean {
  const language = wordLanguage(text, start, word);
  const lexicon = languageModule(language);
  if (!lexicon.isOrdinaryWord(word)) return false;
  if (language !== 'en') return true;
  return !/^\p{Lu}/u.test(word) || isSentenceInitial(text, start);
}
