import type { CasePageRequest, CasePageResponse, CaseSummary } from '../../../shared/ipc/vaultSchemas';

/** Rows per request: a few screens, so scrolling asks the core now and then, not per row. */
export const PAGE_ROWS = 100;

/** What the list shows: everything of a page request but the range. */
export type ListView = Omit<CasePageRequest, 'offset' | 'limit'>;

export const viewKey = (view: ListView): string => JSON.stringify([view.sort, view.descending, view.state, view.query, view.language]);

/** The pages of one view the screen holds, by position; the rest is fetched as it scrolls into view. */
export interface HeldPages {
  view: string;
  revision: number;
  /** Cases in the view. */
  total: number;
  /** Cases in the vault. */
  count: number;
  pages: ReadonlyMap<number, readonly CaseSummary[]>;
}

export function rowAt(held: HeldPages, position: number): CaseSummary | undefined {
  return held.pages.get(Math.floor(position / PAGE_ROWS))?.[position % PAGE_ROWS];
}

/** The pages that hold positions first to last. */
export function pagesOf(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let page = Math.floor(Math.max(0, first) / PAGE_ROWS); page <= Math.floor(Math.max(0, last) / PAGE_ROWS); page++) pages.push(page);
  return pages;
}

/**
 * A page from the core joined to what is held. A page of a newer revision (a case was saved or
 * imported) replaces everything held, which is stale; one of an older revision is dropped.
 */
export function mergePage(held: HeldPages | null, view: string, response: CasePageResponse): HeldPages | null {
  const page = Math.floor(response.offset / PAGE_ROWS);
  if (held && held.view === view && held.revision > response.revision) return held;
  const fresh = !held || held.view !== view || held.revision !== response.revision;
  // The same revision of the same view: what is held is what came (no new object, no render).
  if (!fresh && held.pages.has(page)) return held;
  const pages = new Map(fresh ? [] : held.pages);
  pages.set(page, response.rows);
  return { view, revision: response.revision, total: response.total, count: response.count, pages };
}
