import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { PublicationList } from '../../../shared/ipc/exchangeSchemas';
import { ActionMessage } from '../ui/ActionMessage';
import { Busy } from '../ui/Busy';
import { formatDateTime } from '../ui/dates';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useLoad } from '../ui/useLoad';

type Received = PublicationList[number];

/** One received publication written as export writes it, into a new or empty folder the person picks. */
function ExportForm({ api, publication, onClose }: { api: SafeholdApi; publication: Received; onClose: () => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const write = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens below the table: the focus goes to it, so a keyboard or screen reader follows.
  useEffect(() => heading.current?.focus(), [publication.publicationId]);
  const choose = async () => {
    const r = await api.dialog.chooseFolder();
    if (r.ok && r.value.folder) setFolder(r.value.folder);
  };
  return (
    <form
      className="card"
      aria-labelledby="publication-export-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void write.run(
          () => api.publications.export({ publicationId: publication.publicationId, folder }),
          (r) => t('publications.written', { folder: r.folder, files: r.files.map((f) => f.split(/[\\/]/).pop()).join(', ') }),
        );
      }}
    >
      <h2 id="publication-export-title" ref={heading} tabIndex={-1}>
        {t('publications.exportTitle', { title: publication.title })}
      </h2>
      <Field label={t('publications.folder')} help={t('publications.folderHelp')}>
        {(p) => <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />}
      </Field>
      <button type="button" onClick={() => void choose()}>{t('publications.choose')}</button>{' '}
      <button type="submit" className="primary" disabled={write.busy || !folder}>{t('publications.write')}</button>{' '}
      <button type="button" onClick={onClose} disabled={write.busy}>{t('publications.cancel')}</button>
      {write.busy && <Busy label={t('publications.writing')} />}
      <ActionMessage result={write.result} />
    </form>
  );
}

/**
 * Approved publications received in bundles: never cases, only what export writes with the
 * reviewer's approval. Which case they were approved as (its keyed reference), who approved
 * them and when, who sent them; one is exported through the same checks as `safehold
 * publication export`.
 */
export function PublicationsScreen({ api, canExport }: { api: SafeholdApi; canExport: boolean }) {
  const { t, i18n } = useTranslation();
  const list = useLoad(useCallback(() => api.publications.list(), [api]));
  const [picked, setPicked] = useState<Received | null>(null);
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const publications = list.value ?? [];

  return (
    <section aria-labelledby="publications-title">
      <h1 id="publications-title">{t('publications.title')}</h1>
      <p className="muted">{t('publications.intro')}</p>
      {list.error && <p className="error" role="alert">{list.error}</p>}
      {!list.value && !list.error && <p className="muted" role="status">{t('publications.loading')}</p>}
      {list.value && !publications.length && <p className="muted">{t('publications.empty')}</p>}
      {!canExport && !!publications.length && <p className="muted">{t('publications.cannotExport')}</p>}
      {!!publications.length && (
        <div className="table-scroll">
          <table className="case-table publication-table">
            <caption className="sr-only">{t('publications.caption', { count: publications.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publications.colTitle')}</th>
                <th scope="col">{t('publications.colCase')}</th>
                <th scope="col">{t('publications.colApproved')}</th>
                <th scope="col">{t('publications.colReceived')}</th>
                {canExport && <th scope="col">{t('publications.colExport')}</th>}
              </tr>
            </thead>
            <tbody>
              {publications.map((p) => (
                <tr key={p.publicationId}>
                  <th scope="row">
                    {p.title}
                    <br />
                    {/* The id the Bundles screen and `safehold publication list` name it by. */}
                    <span className="muted">{t('publications.id', { id: p.publicationId })}</span>
                  </th>
                  <td>
                    <code className="reference">{p.caseRef}</code>
                  </td>
                  <td>
                    {p.reviewer ? t('publications.approvedBy', { name: p.reviewer, date: date(p.approvedAt) }) : t('publications.untrusted', { date: date(p.approvedAt) })}
                    <br />
                    <span className="muted">{t('publications.key', { key: p.reviewerKey })}</span>
                  </td>
                  <td>{t('publications.receivedFrom', { date: date(p.receivedAt), name: p.from })}</td>
                  {canExport && (
                    <td>
                      <button type="button" aria-label={t('publications.exportLabel', { title: p.title })} onClick={() => setPicked(p)}>
                        {t('publications.export')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {picked && canExport && <ExportForm key={picked.publicationId} api={api} publication={picked} onClose={() => setPicked(null)} />}
    </section>
  );
}
