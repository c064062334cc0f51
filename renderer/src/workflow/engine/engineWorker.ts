// The redaction engine for the editor's live scan, off the main thread: here the Russian
// dictionaries (about 11 MB of files, 20 MB of heap) can load and be read without a keystroke
// waiting, so the editor finds what the core's engine finds, declined forms included.
import { createLiveScanner, loadRussianDictionaries, scanStory, setRussianDictionarySource } from '../../../../shared/redaction';
import type { CaseFile } from '../../../../shared/caseFile/schema';
import type { EngineAnswer, EngineRequest } from './protocol';
import { bundledDictionaries } from './russianDictionaries';

// The DOM library types `self` as a window; a dedicated worker's scope has these two members.
const scope = globalThis as unknown as { postMessage(answer: EngineAnswer): void; onmessage: ((event: MessageEvent<EngineRequest>) => void) | null };

setRussianDictionarySource(bundledDictionaries);

let opened: { caseFile: CaseFile; original: string } | null = null;
let scanner: ReturnType<typeof createLiveScanner> | null = null;
let dictionaries: Promise<void> | null = null;
let queue: Promise<void> = Promise.resolve();

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The dictionaries load on the first Cyrillic text (Russian words, and the record's Russian
 * occupations in a Belarusian story, are read with them); English stories never pay for them.
 * Paragraphs scanned before they loaded are scanned again.
 */
function loadFor(text: string): Promise<void> | null {
  if (dictionaries || !opened) return dictionaries;
  if (!CYRILLIC.test(text) && !CYRILLIC.test(JSON.stringify(opened.caseFile))) return null;
  const started = performance.now();
  dictionaries = loadRussianDictionaries().then(
    () => scope.postMessage({ type: 'dictionaries', ok: true, ms: Math.round(performance.now() - started) }),
    (err: unknown) => scope.postMessage({ type: 'dictionaries', ok: false, message: err instanceof Error ? err.message : String(err) }),
  ).finally(() => {
    scanner = null;
  });
  return dictionaries;
}

/**
 * The story as the core's engine reads it: a Cyrillic story once the dictionaries have loaded (or
 * failed), so the editor's first marks miss nothing the gate would find; a Latin-script one at once,
 * since the dictionaries read no Latin word (the gate does not wait for them either).
 */
async function story(seq: number): Promise<void> {
  if (!opened) return;
  const loading = loadFor(opened.original);
  if (CYRILLIC.test(opened.original)) await loading;
  scope.postMessage({ type: 'findings', seq, findings: scanStory(opened.caseFile, opened.original) });
}

async function scan(seq: number, text: string): Promise<void> {
  if (!opened) return;
  await loadFor(text);
  scanner ??= createLiveScanner(opened.caseFile, opened.original);
  scope.postMessage({ type: 'findings', seq, findings: scanner.scan(text) });
}

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    opened = { caseFile: data.caseFile, original: data.original };
    scanner = null;
    return;
  }
  // One scan at a time, in the order asked; the editor keeps only the answer to its latest.
  queue = queue.then(() => (data.type === 'story' ? story(data.seq) : scan(data.seq, data.text)));
};
