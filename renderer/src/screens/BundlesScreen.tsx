import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { MAX_PAGE_ROWS, type CasePageRequest, type CaseSummary } from '../../../shared/ipc/vaultSchemas';
import type { Result } from '../../../shared/ipc/result';
import { ActionMessage } from '../ui/ActionMessage';
import { formatDateTime } from '../ui/dates';
import { Field } from '../ui/Field';
import { useAction } from '../ui/useAction';
import { useLoad } from '../ui/useLoad';
import { BundleProgress, useBundleProgress } from './BundleProgress';
import { sayError } from '../ui/errorText';

/** The cases a bundle can carry: in review (to send for review) or decided (to send back), newest first. */
async function sendableCases(api: SafeholdApi, language: CasePageRequest['language']): Promise<Result<CaseSummary[]>> {
  const rows: CaseSummary[] = [];
  for (const state of ['in-review', 'changes-requested', 'approved'] as const) {
    const page = await api.cases.page({ sort: 'updatedAt', descending: true, state, query: '', language, offset: 0, limit: MAX_PAGE_ROWS });
    if (!page.ok) return page;
    rows.push(...page.value.rows);
  }
  return { ok: true, value: rows };
}

/**
 * Sealed bundles on a stick: send cases in review (or decisions on them) to a trusted contact,
 * open one that came back (who signed it, then merge), and the cases left in two versions,
 * each opened on its own screen to compare and keep one.
 */
export function BundlesScreen({ api, onOpenCase }: { api: SafeholdApi; onOpenCase: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const contacts = useLoad(useCallback(() => api.contacts.list(), [api]));
  const language = i18n.language as CasePageRequest['language'];
  const cases = useLoad(useCallback(() => sendableCases(api, language), [api, language]));
  const send = useAction();
  const inspect = useAction();
  const receive = useAction();
  const [received, setReceived] = useState(0);
  const step = useBundleProgress(api, send.busy || receive.busy);
  const pending = useLoad(useCallback(() => api.cases.conflicts(), [api, received])); // eslint-disable-line react-hooks/exhaustive-deps
  const [to, setTo] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState('');

  const sendable = cases.value ?? [];
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
          void send.run(() => api.bundles.send({ to, caseIds: picked, folder }), (r) => t('bundles.sent', { count: r.cases, file: r.file })).then((r) => r && setPicked([]));
        }}
        noValidate
      >
        <h2>{t('bundles.sendTitle')}</h2>
        <p className="muted">{t('bundles.sendIntro')}</p>
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
        <fieldset>
          <legend>{t('bundles.cases')}</legend>
          {!sendable.length && <p className="muted">{t('bundles.noCases')}</p>}
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
          void receive
            .run(() => api.bundles.receive({ file }), (r) => t('bundles.received', { name: r.from.name, added: r.added.length, updated: r.updated.length, conflicts: r.conflicts.length }))
            .then((r) => r && setReceived((n) => n + 1));
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
