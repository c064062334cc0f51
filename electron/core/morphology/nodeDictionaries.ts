// The Russian dictionaries (package az's dicts/ folder), read from disk for the engine in Node.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolvePackage } from '../files/packagePath';
import { SafeholdError } from '../../../shared/errors';
import { loadRussianDictionaries, russianMorphologyState, setRussianDictionarySource, type DictionarySource } from '../../../shared/redaction';

function dictionaryFolder(): string {
  return join(dirname(resolvePackage('az/package.json')), 'dicts');
}

/** Reads each file synchronously, so the dictionaries are ready the moment they are first needed. */
export function nodeDictionarySource(folder = dictionaryFolder()): DictionarySource {
  return (file, as) => {
    const data = readFileSync(join(folder, file));
    if (as === 'json') return JSON.parse(data.toString('utf8'));
    return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  };
}

/** Lets the engine load the Russian dictionaries lazily, on the first Russian word it reads. */
export function useNodeDictionaries(): void {
  setRussianDictionarySource(nodeDictionarySource());
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A gate (submit, approval, export, the command line's check) refuses a Cyrillic text it would
 * otherwise read without the Russian dictionaries: the engine then falls back on its tables,
 * misses declined names and places, and a pass would be false comfort. Only the texts read
 * count: a Latin-script text (English, Łacinka) never waits for them, whatever the record holds. The source is set here when no caller set one, so the
 * core loads them lazily wherever it runs.
 */
export function requireRussianMorphology(...texts: string[]): void {
  if (!texts.some((t) => CYRILLIC.test(t))) return;
  if (russianMorphologyState().state === 'unset') useNodeDictionaries();
  if (russianMorphologyState().state !== 'ready') void loadRussianDictionaries().catch(() => undefined);
  const now = russianMorphologyState();
  if (now.state === 'ready') return;
  throw new SafeholdError('redaction.noDictionaries', { reason: now.state === 'failed' ? now.error.message : 'they are still loading' });
}
