import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { Busy } from '../ui/Busy';
import { Field } from '../ui/Field';
import { PassphraseInput } from '../ui/PassphraseInput';
import { PassphraseStrength, usePassphraseStrength } from '../ui/PassphraseStrength';
import { useConfirm } from '../ui/useConfirm';
import { errorText } from '../ui/errorText';
import type { IpcError } from '../../../shared/ipc/result';

type Role = 'admin' | 'intake' | 'reviewer';
const ROLES: Role[] = ['intake', 'reviewer', 'admin'];

/** Admins add and remove users; everyone can change their own passphrase. */
export function UsersScreen({ api, isAdmin, me }: { api: SafeholdApi; isAdmin: boolean; me: string }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<{ name: string; roles: Role[]; createdAt: string }[]>([]);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [roles, setRoles] = useState<Role[]>(['intake']);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [oldPass, setOldPass] = useState('');
  const [newPass, setNewPass] = useState('');
  const { ask, dialog } = useConfirm();
  const addStrength = usePassphraseStrength(passphrase, [name]);
  const changeStrength = usePassphraseStrength(newPass, me ? [me] : []);

  useEffect(() => {
    void api.users.list().then((r) => r.ok && setUsers(r.value));
  }, [api]);

  const run = async (label: string, action: () => Promise<{ ok: boolean; error?: IpcError }>, success: string) => {
    setBusy(label);
    setMessage(null);
    const result = await action();
    setBusy(null);
    setMessage(result.ok ? { kind: 'ok', text: success } : { kind: 'error', text: errorText(result.error!, t) });
    return result.ok;
  };

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await run(t('users.adding'), async () => {
      const r = await api.users.add({ name, passphrase, roles });
      if (r.ok) setUsers(r.value);
      return r;
    }, t('users.added', { name }));
    if (ok) {
      setName('');
      setPassphrase('');
    }
  };

  const remove = async (user: { name: string; roles: Role[] }) => {
    const yes = await ask({
      title: t('users.confirmRemoveTitle', { name: user.name }),
      body: (
        <>
          <p>{t('users.confirmRemoveWho', { name: user.name, roles: user.roles.map((r) => t(`role.${r}`)).join(', ') })}</p>
          <p>{t('users.confirmRemove')}</p>
        </>
      ),
      confirm: t('users.remove', { name: user.name }),
      danger: true,
    });
    if (!yes) return;
    await run(t('users.removing'), async () => {
      const r = await api.users.remove({ name: user.name });
      if (r.ok) setUsers(r.value);
      return r;
    }, t('users.removed', { name: user.name }));
  };

  const change = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await run(t('users.changing'), () => api.users.changePassphrase({ oldPassphrase: oldPass, newPassphrase: newPass }), t('users.changed'));
    if (ok) {
      setOldPass('');
      setNewPass('');
    }
  };

  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      {dialog}
      {busy && <Busy label={busy} />}
      {message && (
        <p className={message.kind === 'ok' ? 'status' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <table className="case-table">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.roles')}</th>
            {isAdmin && <th scope="col"><span className="visually-hidden">{t('users.actions')}</span></th>}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.name}>
              <td>{u.name}</td>
              <td>{u.roles.map((r) => t(`role.${r}`)).join(', ')}</td>
              {isAdmin && (
                <td>
                  {u.name !== me && (
                    <button type="button" className="danger-link" onClick={() => void remove(u)}>
                      {t('users.remove', { name: u.name })}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && (
        <form className="card" onSubmit={add} noValidate>
          <h2>{t('users.addTitle')}</h2>
          <Field label={t('users.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}</Field>
          <Field label={t('users.passphrase')} help={addStrength?.acceptable ? t('users.passphraseOk') : t('start.passphraseHelp')}>
            {(p) => <PassphraseInput {...p} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />}
          </Field>
          <PassphraseStrength report={addStrength} />
          <fieldset className="roles">
            <legend>{t('users.roles')}</legend>
            {ROLES.map((r) => (
              <label key={r}>
                <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))} /> {t(`role.${r}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={!!busy || !name || !passphrase || !roles.length}>
            {t('users.add')}
          </button>
        </form>
      )}
      <form className="card" onSubmit={change} noValidate>
        <h2>{t('users.changeTitle')}</h2>
        <Field label={t('users.oldPassphrase')}>{(p) => <PassphraseInput {...p} value={oldPass} onChange={(e) => setOldPass(e.target.value)} autoComplete="current-password" />}</Field>
        <Field label={t('users.newPassphrase')} help={t('start.passphraseHelp')}>
          {(p) => <PassphraseInput {...p} value={newPass} onChange={(e) => setNewPass(e.target.value)} autoComplete="new-password" />}
        </Field>
        <PassphraseStrength report={changeStrength} />
        <button type="submit" disabled={!!busy || !oldPass || !newPass}>
          {t('users.change')}
        </button>
      </form>
    </section>
  );
}
