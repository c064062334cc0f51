import { useCallback, useEffect, useRef, useState } from 'react';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { mergePage, PAGE_ROWS, pagesOf, viewKey, type HeldPages, type ListView } from './casePages';

/**
 * The case list's pages for one view, fetched from the core as they come into sight: the
 * first screenful at once, the rest as the person scrolls. `showing(first, last)` says which
 * positions are in view; `refresh()` asks again after an import or a change elsewhere.
 */
export function useCasePages(api: SafeholdApi, view: ListView, initial: HeldPages | null) {
  const [held, setHeld] = useState<HeldPages | null>(initial);
  const key = viewKey(view);
  const latest = useRef({ key, view });
  const heldRef = useRef(held);
  // First of this hook's effects, so the ones below fetch for the view just rendered.
  useEffect(() => {
    latest.current = { key, view };
    heldRef.current = held;
  });
  const inFlight = useRef(new Set<string>());
  const range = useRef({ first: 0, last: 0 });

  const fetchPage = useCallback(
    async (page: number) => {
      const { key: requested, view: requestedView } = latest.current;
      const flight = `${requested}|${page}`;
      if (inFlight.current.has(flight)) return;
      inFlight.current.add(flight);
      const result = await api.cases.page({ ...requestedView, offset: page * PAGE_ROWS, limit: PAGE_ROWS });
      inFlight.current.delete(flight);
      // An answer for a view the person has since left is dropped.
      if (!result.ok || latest.current.key !== requested) return;
      setHeld((current) => mergePage(current, requested, result.value));
    },
    [api],
  );

  const fetchMissing = useCallback(() => {
    const current = heldRef.current;
    const { first, last } = range.current;
    const pages = current?.view === latest.current.key ? pagesOf(first, last).filter((p) => !current.pages.has(p)) : [0, ...pagesOf(first, last).filter((p) => p > 0)];
    for (const page of pages) void fetchPage(page);
  }, [fetchPage]);

  // A new view (sort, filter, search): its first pages are asked for; the old rows stay until they come.
  useEffect(fetchMissing, [key, fetchMissing]);
  // A newer revision replaced what was held: the positions in view are asked for again.
  useEffect(fetchMissing, [held?.revision, fetchMissing]);

  const showing = useCallback(
    (first: number, last: number) => {
      range.current = { first, last };
      fetchMissing();
    },
    [fetchMissing],
  );

  const refresh = useCallback(() => {
    const { first, last } = range.current;
    for (const page of pagesOf(first, last)) void fetchPage(page);
  }, [fetchPage]);
  // Pages held from before (coming back from a case) are shown at once and asked for again,
  // in case the case was changed meanwhile; an unchanged revision changes nothing.
  useEffect(refresh, [refresh]);

  return { held, current: held?.view === key, showing, refresh };
}
