import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { MAX_PAGE_ROWS, type CasePageRequest, type CaseSummary } from '../../../shared/ipc/vaultSchemas';
import type { Result } from '../../../shared/ipc/result';
import type { ReceiveBundleResponse as ReceiveReport } from '../../../shared/ipc/exchangeSchemas';
import type { CaseState } from '../../../shared/workflow/policy';
import { ActionMessage } from '../ui/ActionMessage';
import { formatDateTime } from '../ui/dates';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useLoad } from '../ui/useLoad';
import { BundleProgress, useBundleProgress } from './BundleProgress';
import { sayError } from '../ui/errorText';

const PUBLISHABLE: readonly CaseState[] = ['approved', 'exported'];

/**
 * The cases a bundle can carry: in review (to send for review), decided (to send back; an
 * exported case is still approved), or approved (its publication), newest first.
 */
async function sendableCases(api: SafeholdApi, language: CasePageRequest['language']): Promise<Result<CaseSummary[]>> {
  const rows: CaseSummary[] = [];
  for (const state of ['in-review', 'changes-requested', 'approved', 'exported'] as const) {
    const page = await api.cases.page({ sort: 'updatedAt', descending: true, state, query: '', language, offset: 0, limit: MAX_PAGE_ROWS });
    if (!page.ok) return page;
    rows.push(...page.value.rows);
  }
  return { ok: true, value: rows };
}

/** Everything a bundle taken in did: each case added, updated, kept in two versions or left out (and why), each publication received. */
function ReceiveOutcome({ report, onOpenCase, onOpenPublications }: { report: ReceiveReport; onOpenCase: (id: string) => void; onOpenPublications: () => void }) {
  const { t, i18n } = useTranslation();
  const cases = (key: 'added' | 'updated' | 'conflicts') =>
    report[key].length > 0 && (
      <>
        <h4>{t(`bundles.outcome.${key}`, { count: report[key].length })}</h4>
        <ul>
          {report[key].map((id) => (
            <li key={id}>
              <button type="button" className="link" onClick={() => onOpenCase(id)}>{t('bundles.outcome.openCase', { id })}</button>
            </li>
          ))}
        </ul>
      </>
    );
  const nothing = !report.added.length && !report.updated.length && !report.conflicts.length && !report.ignored.length && !report.publications.length;
  return (
    <div className="outcome">
      <h3 id="bundle-outcome-title">{t('bundles.outcome.title')}</h3>
      {nothing && <p className="muted">{t('bundles.outcome.nothing')}</p>}
      {cases('added')}
      {cases('updated')}
      {cases('conflicts')}
      {report.ignored.length > 0 && (
        <>
          <h4>{t('bundles.outcome.ignored', { count: report.ignored.length })}</h4>
          <ul>
            {report.ignored.map((c) => (
              <li key={c.id}>{t('bundles.outcome.ignoredEntry', { id: c.id, date: formatDateTime(c.deletedAt, i18n.language) })}</li>
            ))}
          </ul>
        </>
      )}
      {report.publications.length > 0 && (
        <>
          <h4>{t('bundles.outcome.publications', { count: report.publications.length })}</h4>
          <ul>
            {report.publications.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onOpenPublications}>{t('bundles.outcome.openPublications')}</button>
        </>
      )}
    </div>
  );
}

interface BundlesScreenProps {
  api: SafeholdApi;
  /** Whether the signed-in user may send approved publications (the core refuses it otherwise). */
  canSendPublications: boolean;
  onOpenCase: (id: string) => void;
  onOpenPublications: () => void;
}

/**
 * Sealed bundles on a stick: send cases in review (or decisions on them, or approved
 * publications) to a trusted contact, open one that came back (who signed it, then merge, and
 * everything the merge did), and the cases left in two versions, each opened on its own screen
 * to compare and keep one.
 */
export function BundlesScreen({ api, canSendPublications, onOpenCase, onOpenPublications }: BundlesScreenProps) {
  const { t, i18n } = useTranslation();
  const contacts = useLoad(useCallback(() => api.contacts.list(), [api]));
  const language = i18n.language as CasePageRequest['language'];
  
  const send = useAction();
  const inspect = useAction();
  const receive = useAction();
  const [received, setReceived] = useState(0);
  // Sending or taking a bundle in changes the cases' states: the list is read again after each.
  const [sent, setSent] = useState(0);
  const cases = useLoad(useCallback(() => sendableCases(api, language), [api, language, received, sent])); // eslint-disable-line react-hooks/exhaustive-deps
  const step = useBundleProgress(api, send.busy || receive.busy);
  const pending = useLoad(useCallback(() => api.cases.conflicts(), [api, received])); // eslint-disable-line react-hooks/exhaustive-deps
  const [to, setTo] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState('');
  const [what, setWhat] = useState<'cases' | 'publications'>('cases');
  const [report, setReport] = useState<ReceiveReport | null>(null);

  const publication = canSendPublications && what === 'publications';
  const sendable = (cases.value ?? []).filter((c) => !publication || PUBLISHABLE.includes(c.state));
  const pick = (next: 'cases' | 'publications') => {
    setWhat(next);
    setPicked([]);
  };
  const trusted = (contacts.value ?? []).filter((c) => c.status === 'trusted');
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const choose = async (kind: 'folder' | 'file') => {
    if (kind === 'folder') {
      const r = await api.dialog.chooseFolder();
      if (r.ok && r.value.folder) setFolder(r.value.folder);
    } else {
      const r = await api.dialog.chooseFile();
      if (r.ok && r.value.file) setFile(r.value.file);
    }
  };

  return (
    <section aria-labelledby="bundles-title">
      <h1 id="bundles-title">{t('bundles.title')}</h1>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void send
            .run(() => api.bundles.send({ to, caseIds: picked, folder, ...(publication ? { publication: true } : {}) }), (r) => t(r.purpose === 'publication' ? 'bundles.sentPublications' : 'bundles.sent', { count: r.cases, file: r.file }))
            .then((r) => {
              if (!r) return;
              setPicked([]);
              setSent((n) => n + 1);
            });
        }}
        noValidate
      >
        <h2>{t('bundles.sendTitle')}</h2>
        <p className="muted">
          {t('bundles.sendIntro')}
          {canSendPublications && ` ${t('bundles.sendIntroPublications')}`}
        </p>
        <Field label={t('bundles.to')}>
          {(p) => (
            <select {...p} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="">{t('bundles.pickContact')}</option>
              {trusted.map((c) => (
                <option key={c.fingerprint} value={c.fingerprint}>{`${c.name} (${c.fingerprint})`}</option>
              ))}
            </select>
          )}
        </Field>
        {canSendPublications && (
          <fieldset>
            <legend>{t('bundles.what')}</legend>
            <label className="check">
              <input type="radio" name="bundle-what" checked={what === 'cases'} onChange={() => pick('cases')} /> {t('bundles.whatCases')}
            </label>
            <label className="check">
              <input type="radio" name="bundle-what" checked={what === 'publications'} onChange={() => pick('publications')} /> {t('bundles.whatPublications')}
            </label>
          </fieldset>
        )}
        <fieldset>
          <legend>{t('bundles.cases')}</legend>
          {!sendable.length && <p className="muted">{t(publication ? 'bundles.noPublishable' : 'bundles.noCases')}</p>}
          {sendable.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={picked.includes(c.id)} onChange={() => toggle(c.id)} /> {c.title} ({t(`state.${c.state}`)})
            </label>
          ))}
        </fieldset>
        <Field label={t('bundles.folder')}>{(p) => <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />}</Field>
        <button type="button" onClick={() => void choose('folder')}>{t('bundles.choose')}</button>{' '}
        <button type="submit" className="primary" disabled={send.busy || !to || !picked.length || !folder}>{t('bundles.send')}</button>
        {send.busy && <BundleProgress step={step} starting={t('bundles.sending')} />}
        <ActionMessage result={send.result} />
      </form>

      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          setReport(null);
          void receive
            .run(
              () => api.bundles.receive({ file }),
              (r) =>
                r.purpose === 'publication'
                  ? t('bundles.receivedPublications', { name: r.from.name, count: r.publications.length })
                  : t('bundles.received', { name: r.from.name, added: r.added.length, updated: r.updated.length, conflicts: r.conflicts.length }),
            )
            .then((r) => {
              if (!r) return;
              setReport(r);
              setReceived((n) => n + 1);
            });
        }}
        noValidate
      >
        <h2>{t('bundles.receiveTitle')}</h2>
        <p className="muted">{t('bundles.receiveIntro')}</p>
        <Field label={t('bundles.file')}>{(p) => <input {...p} value={file} onChange={(e) => setFile(e.target.value)} spellCheck={false} />}</Field>
        <button type="button" onClick={() => void choose('file')}>{t('bundles.choose')}</button>{' '}
        <button
          type="button"
          disabled={inspect.busy || !file}
          onClick={() =>
            void inspect.run(() => api.bundles.inspect({ file }), (r) => (r.forThisVault && r.signer ? t(`bundles.signed.${r.signer.status}`, { name: r.signer.name, fingerprint: r.signer.fingerprint }) : t('bundles.notForUs', { problem: r.problem ? sayError(r.problem, t) : '' })))
          }
        >
          {t('bundles.inspect')}
        </button>{' '}
        <button type="submit" className="primary" disabled={receive.busy || !file}>{t('bundles.receive')}</button>
        {receive.busy && <BundleProgress step={step} starting={t('bundles.receiving')} />}
        <ActionMessage result={inspect.result} />
        <ActionMessage result={receive.result} />
        {report && <ReceiveOutcome report={report} onOpenCase={onOpenCase} onOpenPublications={onOpenPublications} />}
      </form>

      {!!pending.value?.length && (
        <div className="card">
          <h2>{t('conflict.pendingTitle')}</h2>
          <p className="muted">{t('conflict.pendingIntro')}</p>
          <ul>
            {pending.value.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => onOpenCase(c.id)}>{c.title}</button>{' '}
                <span className="muted">{t('conflict.pendingEntry', { name: c.from, date: formatDateTime(c.receivedAt, i18n.language) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
