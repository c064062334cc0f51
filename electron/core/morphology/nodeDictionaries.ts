// The Russian dictionaries (package az's dicts/ folder), read from disk for the engine in Node.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolvePackage } from '../files/packagePath';
import { setRussianDictionarySource, type DictionarySource } from '../../../shared/redaction';

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
