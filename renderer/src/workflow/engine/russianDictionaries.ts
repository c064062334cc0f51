// The Russian dictionaries (package az's dicts/ folder) as files of the app itself: Vite copies
// each into the built renderer, and the worker fetches it from the app's own origin (app://, or
// the test bridge), which the CSP's connect-src 'self' allows. Nothing leaves the machine.
import grammemes from 'az/dicts/grammemes.json?url';
import gramtabExt from 'az/dicts/gramtab-opencorpora-ext.json?url';
import gramtabInt from 'az/dicts/gramtab-opencorpora-int.json?url';
import intDawg from 'az/dicts/p_t_given_w.intdawg?url';
import paradigms from 'az/dicts/paradigms.array?url';
import prediction0 from 'az/dicts/prediction-suffixes-0.dawg?url';
import prediction1 from 'az/dicts/prediction-suffixes-1.dawg?url';
import prediction2 from 'az/dicts/prediction-suffixes-2.dawg?url';
import suffixes from 'az/dicts/suffixes.json?url';
import words from 'az/dicts/words.dawg?url';
import type { DictionarySource } from '../../../../shared/redaction';

const FILES: Readonly<Record<string, string>> = {
  'grammemes.json': grammemes,
  'gramtab-opencorpora-ext.json': gramtabExt,
  'gramtab-opencorpora-int.json': gramtabInt,
  'p_t_given_w.intdawg': intDawg,
  'paradigms.array': paradigms,
  'prediction-suffixes-0.dawg': prediction0,
  'prediction-suffixes-1.dawg': prediction1,
  'prediction-suffixes-2.dawg': prediction2,
  'suffixes.json': suffixes,
  'words.dawg': words,
};

export const bundledDictionaries: DictionarySource = async (file, as) => {
  const url = FILES[file];
  if (!url) throw new Error(`no file ${file} is bundled`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the app answered ${response.status} for ${file}`);
  return as === 'json' ? response.json() : response.arrayBuffer();
};
