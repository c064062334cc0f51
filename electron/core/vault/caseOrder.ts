import type { CasePageRequest, CaseSortKey } from '../../../shared/ipc/vaultSchemas';
import type { Language } from '../../../shared/prefs/schema';
import { CASE_STATES } from '../../../shared/workflow/caseStates';
import type { CaseIndex, IndexEntry } from './caseIndex';
import type { IndexRow } from './indexSnapshot';

export type CaseSummary = IndexRow;

export interface CasePage {
  total: number;
  count: number;
  revision: number;
  offset: number;
  rows: CaseSummary[];
}

type Compare = (a: IndexEntry, b: IndexEntry) => number;

// ISO times sort as plain strings; localeCompare would cost more than the rest of a page.
const byTime: Compare = (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0);
const byId: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const stateOrder = new Map<string, number>(CASE_STATES.map((s, i) => [s, i]));

const collators = new Map<Language, Intl.Collator>();
function collator(language: Language): Intl.Collator {
  let found = collators.get(language);
  // Belarusian collation where the runtime has it, else Russian, which orders Cyrillic alike.
  if (!found) collators.set(language, (found = new Intl.Collator(language === 'be' ? ['be', 'ru'] : [language], { numeric: true })));
  return found;
}

function comparator(sort: CaseSortKey, language: Language): Compare {
  if (sort === 'updatedAt') return (a, b) => byTime(a, b) || byId(a, b);
  if (sort === 'state') return (a, b) => stateOrder.get(a.state)! - stateOrder.get(b.state)! || byTime(b, a) || byId(a, b);
  const compare = collator(language).compare;
  return (a, b) => compare(a.title, b.title) || byTime(b, a) || byId(a, b);
}

const summary = ({ id, version, title, state, createdAt, updatedAt }: IndexRow): CaseSummary => ({ id, version, title, state, createdAt, updatedAt });

/**
 * The case list as pages: sorted, filtered and searched here, in the core, and cut into the
 * ranges the screen asks for. A sorted order is kept until the index changes, and the last
 * view (its filter and search) too, so scrolling costs a slice, not a sort.
 */
export class CaseOrder {
  private sorted = new Map<string, IndexEntry[]>();
  private view: { key: string; entries: IndexEntry[] } | null = null;
  private revision = -1;

  constructor(private readonly index: CaseIndex) {}

  async page(request: CasePageRequest): Promise<CasePage> {
    const query = request.query.trim();
    const revision = this.index.revision;
    if (!query && !request.state && request.sort === 'updatedAt' && request.descending) {
      // Straight from the snapshot in its own order, before any of it is decoded (unlock).
      const rows = this.index.newestFirst(request.offset, request.limit);
      if (rows) return { total: this.index.size, count: this.index.size, revision, offset: request.offset, rows: rows.map(summary) };
    }
    // Searching waits for the search keys, which the index builds in slices after unlock.
    const matches = query ? new Set(await this.index.search(query)) : null;
    const entries = this.entries(request, query, matches);
    const rows = entries.slice(request.offset, request.offset + request.limit).map(summary);
    return { total: entries.length, count: this.index.size, revision: this.index.revision, offset: request.offset, rows };
  }

  private entries({ sort, descending, state, language }: CasePageRequest, query: string, matches: Set<string> | null): IndexEntry[] {
    if (this.revision !== this.index.revision) {
      this.sorted.clear();
      this.view = null;
      this.revision = this.index.revision;
    }
    const key = JSON.stringify([sort, descending, state, query, language]);
    if (this.view?.key === key) return this.view.entries;
    const sortKey = `${sort}|${language}`;
    let sorted = this.sorted.get(sortKey);
    if (!sorted) this.sorted.set(sortKey, (sorted = this.index.list().sort(comparator(sort, language))));
    // Each keystroke of a search filters the order anew: it is reversed once, not per keystroke.
    let reversed = this.sorted.get(`${sortKey}|descending`);
    if (descending && !reversed) this.sorted.set(`${sortKey}|descending`, (reversed = [...sorted].reverse()));
    let entries = descending ? reversed! : sorted;
    if (state || matches) entries = entries.filter((e) => (!state || e.state === state) && (!matches || matches.has(e.id)));
    this.view = { key, entries };
    return entries;
  }
}
