// Types for the parts of Az.js (package `az`, MIT) the engine uses; the package ships none.
declare module 'az' {
  interface AzTag {
    POS?: string;
    CAse?: string;
    GNdr?: string;
    NMbr?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser: string;
    normalize(keepPos?: boolean): AzParse;
    inflect(grammemes: string[] | AzTag): AzParse | false;
    matches(tag: AzTag | string[], grammemes?: string[]): boolean;
  }
  interface AzMorph {
    (word: string, config?: { typos?: number | 'auto'; stutter?: number; ignoreCase?: boolean }): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
  }
  const Az: {
    Morph: AzMorph;
    load: (url: string, responseType: 'json' | 'arraybuffer', callback: (err: unknown, data?: unknown) => void) => void;
  };
  export default Az;
}
