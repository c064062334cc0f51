// How the dictionaries reach the engine: shared/ may not read files, so the side that runs it
// (the command line and the core in Node, the renderer in the browser) hands over a source.

/** Reads one dictionary file by its name (words.dawg, grammemes.json…): an ArrayBuffer, or parsed JSON. */
export type DictionarySource = (file: string, as: 'json' | 'arraybuffer') => unknown | Promise<unknown>;

export class DictionaryError extends Error {
  constructor(file: string, cause: unknown) {
    super(`dictionary file ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DictionaryError';
  }
}
