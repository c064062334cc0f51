import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { Busy } from '../ui/Busy';
import { formatDateTime } from '../ui/dates';
import type { Damage, ErrorText } from '../../../shared/errors';
import { DamageList } from '../ui/DamageList';
import { errorText, sayError } from '../ui/errorText';

type Entry = { seq: number; time: string; user: string; action: string; target: string; finding?: ErrorText };
type Verdict = { ok: true; text: string } | { ok: false; text: string } | { ok: false; problems: Damage[] };

/** Who did what and when; filtered by user, action and date; the chain checked on request. */
export function AuditScreen({ api }: { api: SafeholdApi }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [problem, setProblem] = useState<ErrorText | null>(null);
  const [user, setUser] = useState('');
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [verifying, setVerifying] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  useEffect(() => {
    void api.audit.list().then((r) => {
      if (r.ok) {
        setEntries(r.value.entries);
        setProblem(r.value.problem);
      }
    });
  }, [api]);

  const shown = useMemo(
    () => (entries ?? []).filter((e) => (!user || e.user === user) && (!action || e.action === action) && (!from || e.time >= from)).reverse(),
    [entries, user, action, from],
  );
  const users = [...new Set((entries ?? []).map((e) => e.user))];
  const actions = [...new Set((entries ?? []).map((e) => e.action))];

  const verify = async () => {
    setVerifying(true);
    const r = await api.vault.verify();
    setVerifying(false);
    if (!r.ok) setVerdict({ ok: false, text: errorText(r.error, t) });
    else setVerdict(r.value.ok ? { ok: true, text: t('audit.intact', { count: r.value.checked }) } : { ok: false, problems: r.value.problems });
  };

  return (
    <section aria-labelledby="audit-title">
      <div className="page-head">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <button type="button" onClick={() => void verify()} disabled={verifying}>
          {t('audit.verify')}
        </button>
      </div>
      {verifying && <Busy label={t('audit.verifying')} />}
      {verdict && 'problems' in verdict && <DamageList problems={verdict.problems} />}
      {verdict && 'text' in verdict && (
        <p className={verdict.ok ? 'status' : 'error pre'} role={verdict.ok ? 'status' : 'alert'}>
          {verdict.text}
        </p>
      )}
      {problem && <p className="error" role="alert">{t('audit.broken', { problem: sayError(problem, t) })}</p>}
      <div className="filters">
        <label>
          {t('audit.user')}{' '}
          <select value={user} onChange={(e) => setUser(e.target.value)}>
            <option value="">{t('audit.all')}</option>
            {users.map((u) => <option key={u}>{u}</option>)}
          </select>
        </label>
        <label>
          {t('audit.action')}{' '}
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">{t('audit.all')}</option>
            {actions.map((a) => <option key={a} value={a}>{t(`action.${a}`, { defaultValue: a })}</option>)}
          </select>
        </label>
        <label>
          {t('audit.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
      </div>
      {entries === null ? (
        <Busy label={t('audit.loading')} />
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.time')}</th>
              <th scope="col">{t('audit.user')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.seq}>
                <td>{formatDateTime(e.time, i18n.language)}</td>
                <td>{e.user}</td>
                <td>{t(`action.${e.action}`, { defaultValue: e.action })}</td>
                <td className={e.finding ? undefined : 'mono'}>{e.finding ? sayError(e.finding, t) : e.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
