import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseView } from '../../../shared/ipc/vaultSchemas';
import { ActionMessage } from '../ui/ActionMessage';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useConfirm } from '../ui/useConfirm';
import { useLoad } from '../ui/useLoad';
import { ParagraphPair, paragraphs } from './Compare';

interface Props {
  api: SafeholdApi;
  record: CaseView;
  canReview: boolean;
  canExport: boolean;
  onChanged: (record: CaseView) => void;
}

/** The core accepts a remaining detail by its kind and its words, whatever their case. */
const riskKey = (q: { category: string; text: string }) => `${q.category}:${q.text.toLocaleLowerCase()}`;

/**
 * What the reviewer sees: original and published side by side, paragraph by paragraph, with
 * the changed words highlighted on both sides; the editor's decisions; a fresh leak check
 * from the core, with one reason asked for each distinct detail that remains; and a
 * confirmation that says what the approval signs. The core enforces four eyes and signs.
 */
export function ReviewScreen({ api, record, canReview, canExport, onChanged }: Props) {
  const { t } = useTranslation();
  const { ask, dialog } = useConfirm();
  const decideAction = useAction();
  const exportAction = useAction();
  const loadRisks = useCallback(() => api.workflow.risks({ id: record.id }), [api, record.id, record.version]); // eslint-disable-line react-hooks/exhaustive-deps
  const { value: risks } = useLoad(loadRisks);
  const [reasons, setReasons] = useState<{ [key: string]: string }>({});
  const [comment, setComment] = useState('');
  const [folder, setFolder] = useState('');

  const distinct = useMemo(() => {
    const seen = new Map<string, { category: string; text: string; count: number }>();
    for (const q of risks?.quasi ?? []) {
      const known = seen.get(riskKey(q));
      if (known) known.count++;
      else seen.set(riskKey(q), { ...q, count: 1 });
    }
    return [...seen.entries()];
  }, [risks]);

  const redacted = record.redaction;
  if (!redacted) return <p className="empty">{t('review.noRedaction')}</p>;
  const originalParagraphs = paragraphs(record.data.story?.text ?? '');
  const publishedParagraphs = paragraphs(redacted.text);
  const rows = Math.max(originalParagraphs.length, publishedParagraphs.length);
  const missing = distinct.filter(([key]) => !(reasons[key] ?? '').trim());
  const reviewing = canReview && record.state === 'in-review';
  const needs = record.data.needs ?? [];
  const publishedPurposes = redacted.purposes ?? [];
  // The gate refuses needs whose purposes were not redacted since they changed: said here too.
  const stalePurposes = publishedPurposes.length !== needs.length && needs.some((n) => n.purpose?.trim());
  const totals = new Map<string, number>();
  for (const n of needs) totals.set(n.currency, (totals.get(n.currency) ?? 0) + n.amount);
  const total = [...totals].map(([c, v]) => `${v.toLocaleString()} ${c}`).join(' + ');

  const approve = async () => {
    const yes = await ask({
      title: t('reviewer.confirmTitle'),
      body: (
        <>
          <p>{t('reviewer.confirmSigns', { title: redacted.title, words: redacted.text.split(/\s+/).filter(Boolean).length, version: redacted.version })}</p>
          <p>{t('reviewer.confirmRisks', { count: distinct.length })}</p>
          <p>{t('reviewer.confirmAfter')}</p>
        </>
      ),
      confirm: t('review.approve'),
    });
    if (!yes) return;
    const acceptedRisks = distinct.map(([key, q]) => ({ category: q.category, text: q.text, reason: reasons[key] ?? '' }));
    const done = await decideAction.run(() => api.workflow.approve({ id: record.id, acceptedRisks }), () => t('review.approved'));
    if (done) onChanged(done);
  };

  const sendBack = async () => {
    const done = await decideAction.run(() => api.workflow.requestChanges({ id: record.id, comment }), () => t('review.sentBack'));
    if (done) onChanged(done);
  };

  const exportIt = async () => {
    const done = await exportAction.run(() => api.workflow.export({ id: record.id, folder }), (value) => t('review.exported', { files: value.files.join(', ') }));
    if (!done) return;
    const fresh = await api.cases.get({ id: record.id });
    if (fresh.ok) onChanged(fresh.value);
  };

  return (
    <section aria-labelledby="review-title" className="review">
      {dialog}
      <h1 id="review-title" tabIndex={-1}>{t('review.title')}</h1>
      <p className="muted">{t('review.editedBy', { name: redacted.lastEditor, version: redacted.version })}</p>
      <div className="card">
        <h2>{t('review.diff')}</h2>
        <p className="muted">{t('reviewer.diffHelp')}</p>
        <div className="compare" role="region" aria-label={t('review.diff')} tabIndex={0}>
          <div className="compare-row compare-head">
            <h3>{t('redaction.original')}</h3>
            <h3>{t('redaction.redacted')}</h3>
          </div>
          <div className="compare-row">
            <p className="story-title">{record.data.story?.title ?? ''}</p>
            <p className="story-title">{redacted.title}</p>
          </div>
          {Array.from({ length: rows }, (_, i) => (
            <ParagraphPair key={i} original={originalParagraphs[i] ?? ''} published={publishedParagraphs[i] ?? ''} />
          ))}
        </div>
      </div>

      {needs.length > 0 && (
        <div className="card">
          <h2>{t('reviewer.needs')}</h2>
          <p className="muted">{t('reviewer.needsHelp')}</p>
          {stalePurposes && <p className="warning">{t('reviewer.needsStale')}</p>}
          <div className="compare" role="region" aria-label={t('reviewer.needs')} tabIndex={0}>
            <div className="compare-row compare-head">
              <h3>{t('reviewer.needsRecord')}</h3>
              <h3>{t('reviewer.needsPublished')}</h3>
            </div>
            {needs.map((n, i) => (
              <ParagraphPair key={i} original={needLine(n.amount, n.currency, n.purpose ?? '')} published={needLine(n.amount, n.currency, publishedPurposes[i] ?? '')} />
            ))}
            <div className="compare-row">
              <p>{t('reviewer.total', { total })}</p>
              <p>{t('reviewer.total', { total })}</p>
            </div>
          </div>
        </div>
      )}

      <details className="card">
        <summary>{t('review.decisions', { count: redacted.decisions.length })}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('review.decisions', { count: redacted.decisions.length })}>
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
        </div>
      </details>

      <div className="card">
        <h2>{t('review.checks')}</h2>
        {!risks ? (
          <p role="status">{t('review.checking')}</p>
        ) : (
          <>
            {risks.direct.length ? (
              <p className="error" role="alert">{t('review.direct', { list: [...new Set(risks.direct)].join(', ') })}</p>
            ) : (
              <p className="status">{t('redaction.noDirect')}</p>
            )}
            {distinct.length > 0 && <p>{t('review.acceptEach')}</p>}
            {distinct.map(([key, q]) => (
              <Field
                key={key}
                label={t('review.acceptLabel', { kind: t(`category.${q.category}`, { defaultValue: q.category }), text: q.text })}
                help={q.count > 1 ? t('reviewer.times', { count: q.count }) : undefined}
              >
                {(p) => <input {...p} value={reasons[key] ?? ''} onChange={(e) => setReasons({ ...reasons, [key]: e.target.value })} placeholder={t('review.reasonPlaceholder')} disabled={!reviewing} />}
              </Field>
            ))}
          </>
        )}
      </div>

      {reviewing && (
        <div className="card">
          <h2>{t('review.decide')}</h2>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void approve()} disabled={!risks || risks.direct.length > 0 || missing.length > 0 || decideAction.busy} aria-describedby="decide-result decide-why">
              {t('review.approve')}
            </button>
          </div>
          {risks && missing.length > 0 && (
            <p id="decide-why" className="help">
              {t('reviewer.reasonsMissing', { count: missing.length })}
            </p>
          )}
          <Field label={t('review.comment')}>{(p) => <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}</Field>
          <button type="button" onClick={() => void sendBack()} disabled={!comment.trim() || decideAction.busy} aria-describedby="decide-result">
            {t('review.requestChanges')}
          </button>
          <div id="decide-result">
            <ActionMessage result={decideAction.result} />
          </div>
        </div>
      )}
      {!reviewing && decideAction.result && <ActionMessage result={decideAction.result} />}

      {canExport && (record.state === 'approved' || record.state === 'exported') && (
        <div className="card">
          <h2>{t('review.export')}</h2>
          <p className="muted">{t('review.exportHelp')}</p>
          <Field label={t('review.folder')}>{(p) => <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />}</Field>
          <button type="button" className="primary" onClick={() => void exportIt()} disabled={!folder || exportAction.busy} aria-describedby="export-result">
            {t('review.exportButton')}
          </button>
          <div id="export-result">
            <ActionMessage result={exportAction.result} />
          </div>
        </div>
      )}
    </section>
  );
}

/** A need as a reader sees it: the amount, and what it is for. */
const needLine = (amount: number, currency: string, purpose: string) => `${amount.toLocaleString()} ${currency}${purpose.trim() ? ` — ${purpose}` : ''}`;
