import { diffWords } from 'diff';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseRecordView, RisksResponse } from '../../../shared/ipc/vaultSchemas';
import { Field } from '../ui/Field';

type CaseView = z.infer<typeof CaseRecordView>;
type Risks = z.infer<typeof RisksResponse>;

interface Props {
  api: SafeholdApi;
  record: CaseView;
  canReview: boolean;
  canExport: boolean;
  onChanged: (record: CaseView) => void;
}

/**
 * What the reviewer sees: original and redacted side by side as a word diff, the editor's
 * decisions, a fresh leak check from the core, and every remaining quasi-identifier to be
 * accepted with a reason before approval. The core enforces four eyes and signs.
 */
export function ReviewScreen({ api, record, canReview, canExport, onChanged }: Props) {
  const { t } = useTranslation();
  const [risks, setRisks] = useState<Risks | null>(null);
  const [reasons, setReasons] = useState<{ [key: string]: string }>({});
  const [comment, setComment] = useState('');
  const [folder, setFolder] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    void api.workflow.risks({ id: record.id }).then((r) => live && r.ok && setRisks(r.value));
    return () => {
      live = false;
    };
  }, [api, record.id, record.version]);

  const redacted = record.redaction;
  if (!redacted) return <p className="empty">{t('review.noRedaction')}</p>;
  const parts = diffWords(record.data.story?.text ?? '', redacted.text);
  const key = (q: { category: string; text: string }) => `${q.category}:${q.text}`;

  const act = async (action: () => Promise<{ ok: true; value: CaseView } | { ok: false; error: { message: string } }>, success: string) => {
    const result = await action();
    if (result.ok) {
      onChanged(result.value);
      setMessage({ ok: true, text: success });
    } else setMessage({ ok: false, text: result.error.message });
  };

  const approve = () =>
    act(
      () => api.workflow.approve({ id: record.id, acceptedRisks: (risks?.quasi ?? []).map((q) => ({ ...q, reason: reasons[key(q)] ?? '' })).filter((a) => a.reason.trim()) }),
      t('review.approved'),
    );

  const exportIt = async () => {
    const result = await api.workflow.export({ id: record.id, folder });
    if (result.ok) {
      setMessage({ ok: true, text: t('review.exported', { files: result.value.files.join(', ') }) });
      const fresh = await api.cases.get({ id: record.id });
      if (fresh.ok) onChanged(fresh.value);
    } else setMessage({ ok: false, text: result.error.message });
  };

  return (
    <section aria-labelledby="review-title" className="review">
      <h1 id="review-title">{t('review.title')}</h1>
      <p className="muted">{t('review.editedBy', { name: redacted.lastEditor, version: redacted.version })}</p>
      {message && (
        <p className={message.ok ? 'status' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="card">
        <h2>{t('review.diff')}</h2>
        <p className="muted">{t('review.diffHelp')}</p>
        <h3>{redacted.title}</h3>
        <div className="story-view diff" aria-label={t('review.diff')}>
          {parts.map((p, i) =>
            p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>,
          )}
        </div>
      </div>

      <details className="card">
        <summary>{t('review.decisions', { count: redacted.decisions.length })}</summary>
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">{t('redaction.kind')}</th>
              <th scope="col">{t('redaction.found')}</th>
              <th scope="col">{t('redaction.replacement')}</th>
              <th scope="col">{t('review.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {redacted.decisions.map((d, i) => (
              <tr key={i}>
                <td>{t(`category.${d.category}`, { defaultValue: d.category })}</td>
                <td>{d.original}</td>
                <td>{d.replacement || '—'}</td>
                <td>{t(`decision.${d.decision}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <div className="card">
        <h2>{t('review.checks')}</h2>
        {!risks ? (
          <p role="status">{t('review.checking')}</p>
        ) : (
          <>
            {risks.direct.length ? (
              <p className="error" role="alert">{t('review.direct', { list: risks.direct.join(', ') })}</p>
            ) : (
              <p className="status">{t('redaction.noDirect')}</p>
            )}
            {risks.quasi.length > 0 && <p>{t('review.acceptEach')}</p>}
            {risks.quasi.map((q) => (
              <Field key={key(q)} label={t('review.acceptLabel', { kind: t(`category.${q.category}`, { defaultValue: q.category }), text: q.text })}>
                {(p) => <input {...p} value={reasons[key(q)] ?? ''} onChange={(e) => setReasons({ ...reasons, [key(q)]: e.target.value })} placeholder={t('review.reasonPlaceholder')} disabled={!canReview || record.state !== 'in-review'} />}
              </Field>
            ))}
          </>
        )}
      </div>

      {canReview && record.state === 'in-review' && (
        <div className="card">
          <h2>{t('review.decide')}</h2>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void approve()}>
              {t('review.approve')}
            </button>
          </div>
          <Field label={t('review.comment')}>{(p) => <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}</Field>
          <button type="button" onClick={() => void act(() => api.workflow.requestChanges({ id: record.id, comment }), t('review.sentBack'))} disabled={!comment.trim()}>
            {t('review.requestChanges')}
          </button>
        </div>
      )}

      {canExport && (record.state === 'approved' || record.state === 'exported') && (
        <div className="card">
          <h2>{t('review.export')}</h2>
          <p className="muted">{t('review.exportHelp')}</p>
          <Field label={t('review.folder')}>{(p) => <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />}</Field>
          <button type="button" className="primary" onClick={() => void exportIt()} disabled={!folder}>
            {t('review.exportButton')}
          </button>
        </div>
      )}
    </section>
  );
}
