import type { CaseSortKey } from '../../../shared/ipc/vaultSchemas';
import type { HeldPages } from './casePages';

export interface Sort {
  key: CaseSortKey;
  descending: boolean;
}

/** What the case list keeps while a case is open, so that coming back is instant and in place. */
export interface CaseListMemory {
  held: HeldPages | null;
  query: string;
  state: string;
  sort: Sort;
  scrollTop: number;
}

const EMPTY: CaseListMemory = { held: null, query: '', state: '', sort: { key: 'updatedAt', descending: true }, scrollTop: 0 };

let memory: CaseListMemory = EMPTY;

export function caseListMemory(): CaseListMemory {
  return memory;
}

export function rememberCaseList(patch: Partial<CaseListMemory>): void {
  memory = { ...memory, ...patch };
}

/** On lock or close: nothing the list held about cases stays in the page. */
export function forgetCaseList(): void {
  memory = EMPTY;
}
