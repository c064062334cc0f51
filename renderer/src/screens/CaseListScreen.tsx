import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { CASE_STATES } from '../../../shared/workflow/caseStates';
import { Busy } from '../ui/Busy';
import { dateLocales } from '../ui/dates';
import { caseListMemory, rememberCaseList, type Sort, type SortKey, type Summary } from '../vault/caseListMemory';

interface Props {
  api: SafeholdApi;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNew: () => void;
}

const ROW_HEIGHT = 45;
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'cases.colTitle' },
  { key: 'state', label: 'cases.state' },
  { key: 'updatedAt', label: 'cases.colUpdated' },
];

// One formatter and one collator per language: building one per row costs a second at 10,000 rows.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();
function dateFormat(language: string): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) dateFormats.set(language, (format = new Intl.DateTimeFormat(dateLocales(language), { dateStyle: 'medium', timeStyle: 'short' })));
  return format;
}
function collator(language: string): Intl.Collator {
  let found = collators.get(language);
  if (!found) collators.set(language, (found = new Intl.Collator(dateLocales(language), { numeric: true })));
  return found;
}

// ISO times sort as plain strings, without a collator.
const byTime = (a: Summary, b: Summary) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0);

/** The list from the core again, or the one held when nothing in it changed (no re-sort, no re-render). */
function sameCases(held: Summary[] | null, fresh: Summary[]): boolean {
  if (!held || held.length !== fresh.length) return false;
  return held.every((c, i) => {
    const f = fresh[i]!;
    return c.id === f.id && c.version === f.version && c.state === f.state && c.title === f.title && c.updatedAt === f.updatedAt;
  });
}

function sortCases(cases: Summary[], sort: Sort, language: string): Summary[] {
  const compare = collator(language).compare;
  const order = (c: Summary) => CASE_STATES.indexOf(c.state);
  const by: Record<SortKey, (a: Summary, b: Summary) => number> = {
    title: (a, b) => compare(a.title, b.title),
    state: (a, b) => order(a) - order(b) || byTime(b, a),
    updatedAt: byTime,
  };
  const sorted = [...cases].sort(by[sort.key]);
  return sort.descending ? sorted.reverse() : sorted;
}

interface RowProps {
  summary: Summary;
  position: number;
  stateLabel: string;
  updated: string;
  onOpen: (id: string) => void;
}

const CaseRow = memo(function CaseRow({ summary, position, stateLabel, updated, onOpen }: RowProps) {
  return (
    <tr aria-rowindex={position} style={{ height: ROW_HEIGHT }}>
      <td>
        <button type="button" className="link" onClick={() => onOpen(summary.id)}>
          {summary.title}
        </button>
      </td>
      <td>
        <span className={`badge state-${summary.state}`}>{stateLabel}</span>
      </td>
      <td>{updated}</td>
    </tr>
  );
});

/**
 * Every case, searchable over names, titles, places and employers in any spelling. Only the
 * rows in view are in the page, so 10,000 cases cost what 30 do; the search runs in the core.
 */
export function CaseListScreen({ api, canEdit, onOpen, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const [remembered] = useState(caseListMemory);
  const [cases, setCases] = useState<Summary[] | null>(remembered.cases);
  const [query, setQuery] = useState(remembered.query);
  const [state, setState] = useState(remembered.state);
  const [sort, setSort] = useState<Sort>(remembered.sort);
  const [matches, setMatches] = useState<{ query: string; ids: Set<string> } | null>(null);
  const [importing, setImporting] = useState(false);
  const [importErrors, setImportErrors] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  });
  const open = useCallback((id: string) => onOpenRef.current(id), []);

  const load = useCallback(async () => {
    const result = await api.cases.list();
    if (result.ok) setCases((held) => (sameCases(held, result.value) ? held : result.value));
  }, [api]);
  // Shown at once from memory when coming back from a case, then brought up to date.
  useEffect(() => {
    let live = true;
    void api.cases.list().then((result) => live && result.ok && setCases((held) => (sameCases(held, result.value) ? held : result.value)));
    return () => {
      live = false;
    };
  }, [api]);
  useEffect(() => rememberCaseList({ cases, query, state, sort }), [cases, query, state, sort]);

  // Typing stays instant: the search is deferred, runs in the core, and its answer replaces
  // the previous one when it arrives.
  const search = useDeferredValue(query.trim());
  useEffect(() => {
    if (!search) return;
    let live = true;
    void api.cases.search({ query: search }).then((result) => live && result.ok && setMatches({ query: search, ids: new Set(result.value.ids) }));
    return () => {
      live = false;
    };
  }, [api, search, cases]);
  const active = search ? matches : null;
  const searching = query.trim() !== (active?.query ?? '');

  const language = i18n.language;
  const sorted = useMemo(() => (cases ? sortCases(cases, sort, language) : []), [cases, sort, language]);
  const shown = useMemo(() => sorted.filter((c) => (!state || c.state === state) && (!active || active.ids.has(c.id))), [sorted, state, active]);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset: remembered.scrollTop,
  });
  const rows = virtualizer.getVirtualItems();
  const padTop = rows[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);

  const importFiles = async (files: File[]) => {
    if (!files.length) return;
    setImporting(true);
    setImportErrors(null);
    setImported(null);
    const contents = await Promise.all(files.map(async (file) => ({ name: file.name, content: await file.text() })));
    const result = await api.cases.import({ files: contents });
    setImporting(false);
    if (!result.ok) {
      setImportErrors(result.error.message);
      return;
    }
    setImported(result.value.ids.length);
    await load();
  };

  const toggleSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key === 'updatedAt' }));
  const format = dateFormat(language);

  return (
    <section aria-labelledby="cases-title" className="case-list">
      <div className="page-head">
        <h1 id="cases-title">{t('cases.title')}</h1>
        {canEdit && (
          <div className="head-actions">
            <button type="button" className="primary" onClick={onNew}>
              {t('cases.new')}
            </button>
            <label className="button">
              {t('cases.import')}
              <input type="file" accept=".json,application/json" multiple className="visually-hidden" onChange={(e) => void importFiles([...(e.target.files ?? [])])} />
            </label>
          </div>
        )}
      </div>
      {canEdit && (
        <div
          className={dragging ? 'dropzone active' : 'dropzone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void importFiles([...e.dataTransfer.files]);
          }}
        >
          {t('cases.drop')}
        </div>
      )}
      {importing && <Busy label={t('cases.importing')} />}
      {importErrors && (
        <div className="alert error-box" role="alert">
          <strong>{t('cases.importFailed')}</strong>
          <p>{importErrors}</p>
        </div>
      )}
      {imported !== null && <p role="status" className="status">{t('cases.imported', { count: imported })}</p>}
      <div className="filters">
        <label>
          <span className="visually-hidden">{t('cases.search')}</span>
          <input type="search" placeholder={t('cases.search')} aria-label={t('cases.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          {t('cases.state')}{' '}
          <select value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t('cases.allStates')}</option>
            {CASE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {cases !== null && (
          <p className="case-count" role="status" aria-live="polite">
            {shown.length === cases.length ? t('caseList.countAll', { count: cases.length }) : t('caseList.countShown', { count: shown.length, total: cases.length })}
            {searching && <span className="muted"> · {t('caseList.searching')}</span>}
          </p>
        )}
      </div>
      {cases === null ? (
        <Busy label={t('cases.loading')} />
      ) : cases.length === 0 ? (
        <p className="empty">{canEdit ? t('cases.emptyIntake') : t('cases.empty')}</p>
      ) : (
        <div className="case-scroll" ref={scrollRef} onScroll={(e) => rememberCaseList({ scrollTop: e.currentTarget.scrollTop })}>
          <table className="case-table" aria-rowcount={shown.length + 1}>
            <caption className="visually-hidden">{t('cases.caption', { count: shown.length })}</caption>
            <thead>
              <tr aria-rowindex={1}>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" className="sort" onClick={() => toggleSort(column.key)}>
                      {t(column.label)}
                      <span aria-hidden="true">{sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
              {rows.map((row) => {
                const c = shown[row.index]!;
                return <CaseRow key={c.id} summary={c} position={row.index + 2} stateLabel={t(`state.${c.state}`)} updated={format.format(new Date(c.updatedAt))} onOpen={open} />;
              })}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
          </table>
        </div>
      )}
      {cases !== null && cases.length > 0 && shown.length === 0 && !searching && <p className="empty">{t('cases.noMatch')}</p>}
    </section>
  );
}
