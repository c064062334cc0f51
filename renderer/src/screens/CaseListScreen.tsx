import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseSortKey, CaseSummary } from '../../../shared/ipc/vaultSchemas';
import { LANGUAGES, type Language } from '../../../shared/prefs/schema';
import { CASE_STATES, type CaseState } from '../../../shared/workflow/caseStates';
import { Busy } from '../ui/Busy';
import { useLoad } from '../ui/useLoad';
import { formatDateTime } from '../ui/dates';
import { caseListMemory, rememberCaseList, type Sort } from '../vault/caseListMemory';
import { rowAt } from '../vault/casePages';
import { useCasePages } from '../vault/useCasePages';
import { errorText, sayError } from '../ui/errorText';
import { fieldLabel } from '../ui/fieldLabel';
import type { ErrorText, SchemaIssue } from '../../../shared/errors';
import type { IpcError } from '../../../shared/ipc/result';

/** One refused file: what is wrong with it, and each refused field of it, for a list read item by item. */
interface ImportProblem {
  text: string;
  fields: string[];
}

const isTexts = (value: unknown): value is ErrorText[] => Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'key' in v);

/** An import refusal as one item per file (and per field of it), in the person's language. */
function importProblems(error: IpcError, t: TFunction): ImportProblem[] {
  const problems = error.key === 'case.importRefused' && isTexts(error.params.problems) ? error.params.problems : null;
  if (!problems) return [{ text: errorText(error, t), fields: [] }];
  return problems.map((problem) => {
    // A file the schema refused (`{{where}}: {{issues}}` or `{{file}}: {{issues}}`): its name, then each field.
    const name = problem.params.where ?? problem.params.file;
    const issues = typeof name === 'string' && isTexts(problem.params.issues) ? (problem.params.issues as SchemaIssue[]) : null;
    if (!issues) return { text: sayError(problem, t), fields: [] };
    return { text: name as string, fields: issues.map((issue) => `${fieldLabel(issue.path, t)}: ${sayError(issue, t)}`) };
  });
}

interface Props {
  api: SafeholdApi;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNew: () => void;
}

const ROW_HEIGHT = 45;
const COLUMNS: { key: CaseSortKey; label: string }[] = [
  { key: 'title', label: 'cases.colTitle' },
  { key: 'state', label: 'cases.state' },
  { key: 'updatedAt', label: 'cases.colUpdated' },
];

const isState = (value: string): value is CaseState => (CASE_STATES as readonly string[]).includes(value);
const asLanguage = (value: string): Language => ((LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en');

interface RowProps {
  summary: CaseSummary;
  position: number;
  stateLabel: string;
  /** Said beside the state when a bundle left the case in two versions. */
  conflictLabel: string | null;
  updated: string;
  onOpen: (id: string) => void;
}

const CaseRow = memo(function CaseRow({ summary, position, stateLabel, conflictLabel, updated, onOpen }: RowProps) {
  return (
    <tr aria-rowindex={position} style={{ height: ROW_HEIGHT }}>
      <td>
        <button type="button" className="link" onClick={() => onOpen(summary.id)}>
          {summary.title}
        </button>
      </td>
      <td>
        <span className={`badge state-${summary.state}`}>{stateLabel}</span>
        {conflictLabel && (
          <>
            {' '}
            <span className="badge badge-conflict">{conflictLabel}</span>
          </>
        )}
      </td>
      <td>{updated}</td>
    </tr>
  );
});

/** A row whose page is still on its way from the core: its place is kept, so the scroll bar is true. */
const PendingRow = memo(function PendingRow({ position, label }: { position: number; label: string }) {
  return (
    <tr aria-rowindex={position} aria-busy="true" style={{ height: ROW_HEIGHT }}>
      <td colSpan={3} className="muted">
        {label}
      </td>
    </tr>
  );
});

/**
 * Every case, searchable over names, titles, places and employers in any spelling. The core
 * sorts, filters and searches, and hands over the pages in view: 10,000 cases cost what 100 do.
 */
export function CaseListScreen({ api, canEdit, onOpen, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const [remembered] = useState(caseListMemory);
  const [query, setQuery] = useState(remembered.query);
  const [state, setState] = useState(remembered.state);
  const [sort, setSort] = useState<Sort>(remembered.sort);
  const [importing, setImporting] = useState(false);
  const [importErrors, setImportErrors] = useState<ImportProblem[] | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  });
  const open = useCallback((id: string) => onOpenRef.current(id), []);

  // Typing stays instant: the search is deferred, runs in the core, and its first page
  // replaces the rows shown when it arrives.
  const search = useDeferredValue(query.trim());
  const language = asLanguage(i18n.language);
  const view = useMemo(() => ({ sort: sort.key, descending: sort.descending, state: isState(state) ? state : null, query: search, language }), [sort, state, search, language]);
  const { held, current, showing, refresh } = useCasePages(api, view, remembered.held);
  // The cases in two versions, asked for again whenever the index changes (a bundle came in, one was kept).
  const revision = held?.revision;
  const loadConflicts = useCallback(() => api.cases.conflicts(), [api, revision]); // eslint-disable-line react-hooks/exhaustive-deps
  const conflicts = useLoad(loadConflicts).value;
  const conflicted = useMemo(() => new Set((conflicts ?? []).map((c) => c.id)), [conflicts]);
  useEffect(() => rememberCaseList({ held, query, state, sort }), [held, query, state, sort]);
  const searching = !current;

  const total = held?.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialOffset: remembered.scrollTop,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? 0;
  useEffect(() => showing(first, last), [showing, first, last]);
  // Another order or another search starts at its top.
  const viewChanged = useRef(false);
  useEffect(() => {
    if (!viewChanged.current) {
      viewChanged.current = true;
      return;
    }
    scrollRef.current?.scrollTo({ top: 0 });
  }, [sort, state, search]);
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
      setImportErrors(importProblems(result.error, t));
      return;
    }
    setImported(result.value.ids.length);
    refresh();
  };

  const toggleSort = (key: CaseSortKey) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key === 'updatedAt' }));

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
          {importErrors.length === 1 && !importErrors[0]!.fields.length ? (
            <p>{importErrors[0]!.text}</p>
          ) : (
            <ul>
              {importErrors.map((problem, i) => (
                <li key={i}>
                  {problem.text}
                  {problem.fields.length > 0 && (
                    <ul>
                      {problem.fields.map((field, j) => (
                        <li key={j}>{field}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {imported !== null && <p role="status" className="status">{t('cases.imported', { count: imported })}</p>}
      {!!conflicted.size && (
        <p className="warning" role="status">
          {t('conflict.listed', { count: conflicted.size })}
        </p>
      )}
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
        {held !== null && (
          <p className="case-count" role="status" aria-live="polite">
            {held.total === held.count ? t('caseList.countAll', { count: held.count }) : t('caseList.countShown', { count: held.total, total: held.count })}
            {searching && <span className="muted"> · {t('caseList.searching')}</span>}
          </p>
        )}
      </div>
      {held === null ? (
        <Busy label={t('cases.loading')} />
      ) : held.count === 0 ? (
        <p className="empty">{canEdit ? t('cases.emptyIntake') : t('cases.empty')}</p>
      ) : (
        <div className="case-scroll" ref={scrollRef} onScroll={(e) => rememberCaseList({ scrollTop: e.currentTarget.scrollTop })}>
          <table className="case-table" aria-rowcount={total + 1} aria-busy={searching}>
            <caption className="visually-hidden">{t('cases.caption', { count: total })}</caption>
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
                const c = rowAt(held, row.index);
                if (!c) return <PendingRow key={`pending-${row.index}`} position={row.index + 2} label={t('caseList.rowLoading')} />;
                return <CaseRow key={c.id} summary={c} position={row.index + 2} stateLabel={t(`state.${c.state}`)} conflictLabel={conflicted.has(c.id) ? t('conflict.mark') : null} updated={formatDateTime(c.updatedAt, language)} onOpen={open} />;
              })}
              {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
            </tbody>
          </table>
        </div>
      )}
      {held !== null && held.count > 0 && held.total === 0 && !searching && <p className="empty">{t('cases.noMatch')}</p>}
    </section>
  );
}
