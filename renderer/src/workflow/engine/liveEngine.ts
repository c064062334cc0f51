import type { CaseFile } from '../../../../shared/caseFile/schema';
import { createLiveScanner, type Finding } from '../../../../shared/redaction';
import type { EngineAnswer, EngineRequest } from './protocol';

export interface LiveEngine {
  /** The findings of the text as the core's engine would give them. */
  scan(text: string): Promise<Finding[]>;
  close(): void;
}

/**
 * The editor's live scan in a Web Worker that holds the Russian dictionaries. Where no worker
 * can start, the scan runs here, as before, without Russian morphology.
 */
export function startLiveEngine(caseFile: CaseFile, original: string, onDictionaryFailure: (message: string) => void): LiveEngine {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'redaction-engine' });
  } catch {
    const scanner = createLiveScanner(caseFile, original);
    return { scan: (text) => Promise.resolve(scanner.scan(text)), close: () => undefined };
  }
  const waiting = new Map<number, (findings: Finding[]) => void>();
  let seq = 0;
  worker.onmessage = ({ data }: MessageEvent<EngineAnswer>) => {
    if (data.type === 'dictionaries') {
      if (!data.ok) onDictionaryFailure(data.message);
      return;
    }
    waiting.get(data.seq)?.(data.findings);
    waiting.delete(data.seq);
  };
  const post = (request: EngineRequest) => worker.postMessage(request);
  post({ type: 'open', caseFile, original });
  return {
    scan(text) {
      seq += 1;
      const mine = seq;
      post({ type: 'scan', seq: mine, text });
      return new Promise((resolve) => waiting.set(mine, resolve));
    },
    close() {
      worker.terminate();
      waiting.clear();
    },
  };
}
