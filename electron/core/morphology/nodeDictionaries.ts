// The Russian dictionaries (package az's dicts/ folder), read from disk for the engine in Node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setRussianDictionarySource, type DictionarySource } from '../../../shared/redaction';

function dictionaryFolder(): string {
  // As kdf.ts: __filename exists in the bundled command line and app, not where the e2e bridge runs as ESM.
  const base = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  return join(dirname(createRequire(base).resolve('az/package.json')), 'dicts');
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
