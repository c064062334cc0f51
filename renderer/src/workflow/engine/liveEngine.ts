import type { CaseFile } from '../../../../shared/caseFile/schema';
import { createLiveScanner, scanStory, type Finding } from '../../../../shared/redaction';
import type { EngineAnswer, EngineRequest } from './protocol';

export interface LiveEngine {
  /** The opened story's findings, with the Russian dictionaries: the editor's first marks. */
  story(): Promise<Finding[]>;
  /** The findings of the text as the core's engine would give them. */
  scan(text: string): Promise<Finding[]>;
  close(): void;
}

/**
 * The editor's first marks and live scan in a Web Worker that holds the Russian dictionaries.
 * Where no worker can start, the scan runs here without Russian morphology, and the editor is
 * told so (as it is when the dictionaries fail to load), since declined forms then go unmarked.
 */
export function startLiveEngine(caseFile: CaseFile, original: string, onDictionaryFailure: (message: string) => void): LiveEngine {
  const here = () => {
    const scanner = createLiveScanner(caseFile, original);
    return { story: () => scanStory(caseFile, original), scan: (text: string) => scanner.scan(text) };
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'redaction-engine' });
  } catch (err) {
    onDictionaryFailure(`no worker for the dictionaries: ${err instanceof Error ? err.message : String(err)}`);
    const local = here();
    return { story: () => Promise.resolve(local.story()), scan: (text) => Promise.resolve(local.scan(text)), close: () => undefined };
  }
  // A worker that dies (its script failed to load) answers nothing: what it was asked, and all
  // that follows, is answered here instead, without the dictionaries, and the editor says so.
  let local: ReturnType<typeof here> | null = null;
  const waiting = new Map<number, { resolve: (findings: Finding[]) => void; request: EngineRequest }>();
  const answerHere = (request: EngineRequest): Finding[] => {
    local ??= here();
    return request.type === 'scan' ? local.scan(request.text) : local.story();
  };
  let seq = 0;
  worker.onmessage = ({ data }: MessageEvent<EngineAnswer>) => {
    if (data.type === 'dictionaries') {
      if (!data.ok) onDictionaryFailure(data.message);
      return;
    }
    waiting.get(data.seq)?.resolve(data.findings);
    waiting.delete(data.seq);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    onDictionaryFailure(`the engine's worker stopped: ${event.message}`);
    worker.terminate();
    local ??= here();
    for (const { resolve, request } of waiting.values()) resolve(answerHere(request));
    waiting.clear();
  };
  const post = (request: EngineRequest) => worker.postMessage(request);
  post({ type: 'open', caseFile, original });
  const ask = (make: (seq: number) => Extract<EngineRequest, { seq: number }>) => {
    seq += 1;
    const request = make(seq);
    if (local) return Promise.resolve(answerHere(request));
    post(request);
    return new Promise<Finding[]>((resolve) => waiting.set(request.seq, { resolve, request }));
  };
  return {
    story: () => ask((mine) => ({ type: 'story', seq: mine })),
    scan: (text) => ask((mine) => ({ type: 'scan', seq: mine, text })),
    close() {
      worker.terminate();
      waiting.clear();
    },
  };
}
