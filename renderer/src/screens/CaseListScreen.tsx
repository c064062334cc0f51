import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { z } from 'zod';
import type { CaseSummary } from '../../../shared/ipc/vaultSchemas';
import { Busy } from '../ui/Busy';
import { dateLocales } from '../ui/dates';

type Summary = z.infer<typeof CaseSummary>;
const STATES = ['draft', 'redaction', 'in-review', 'changes-requested', 'approved', 'exported'] as const;

interface Props {
  api: SafeholdApi;
  canEdit: boolean;
  onOpen: (id: string) => void;
  onNew: () => void;
}

/** Every case, searchable over names, titles, places and employers, newest change first. */
export function CaseListScreen({ api, canEdit, onOpen, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const [cases, setCases] = useState<Summary[] | null>(null);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<string>('');
  const [importing, setImporting] = useState(false);
  const [importErrors, setImportErrors] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);

  const load = async () => {
    const result = await api.cases.list();
    if (result.ok) setCases(result.value);
  };
  useEffect(() => {
    let live = true;
    void api.cases.list().then((result) => live && result.ok && setCases(result.value));
    return () => {
      live = false;
    };
  }, [api]);

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (cases ?? [])
      .filter((c) => (!state || c.state === state) && words.every((w) => c.search.includes(w) || c.title.toLowerCase().includes(w)))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [cases, query, state]);

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

  const date = (iso: string) => new Date(iso).toLocaleString(dateLocales(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section aria-labelledby="cases-title">
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
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cases === null ? (
        <Busy label={t('cases.loading')} />
      ) : cases.length === 0 ? (
        <p className="empty">{canEdit ? t('cases.emptyIntake') : t('cases.empty')}</p>
      ) : (
        <table className="case-table">
          <caption className="visually-hidden">{t('cases.caption', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.colTitle')}</th>
              <th scope="col">{t('cases.state')}</th>
              <th scope="col">{t('cases.colUpdated')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(c.id)}>
                    {c.title}
                  </button>
                </td>
                <td>
                  <span className={`badge state-${c.state}`}>{t(`state.${c.state}`)}</span>
                </td>
                <td>{date(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cases !== null && cases.length > 0 && shown.length === 0 && <p className="empty">{t('cases.noMatch')}</p>}
    </section>
  );
}
