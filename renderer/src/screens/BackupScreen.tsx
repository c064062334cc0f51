import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { Busy } from '../ui/Busy';
import { Field } from '../ui/Field';
import { PassphraseInput } from '../ui/PassphraseInput';
import type { Damage } from '../../../shared/errors';
import { DamageList } from '../ui/DamageList';
import { errorText } from '../ui/errorText';

/** One encrypted backup file, checked after writing; restore goes into a new folder and is verified. */
export function BackupScreen({ api }: { api: SafeholdApi }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  /** What the verify after a restore found damaged in the restored vault. */
  const [damage, setDamage] = useState<Damage[] | null>(null);
  const [file, setFile] = useState('');
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');

  const backup = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(t('backup.writing'));
    setDamage(null);
    const r = await api.vault.backup({ folder });
    setBusy(null);
    setMessage(r.ok ? { ok: true, text: t('backup.done', { file: r.value.file, count: r.value.entries }) } : { ok: false, text: errorText(r.error, t) });
  };

  const restore = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(t('backup.restoring'));
    const r = await api.vault.restore({ file, folder: target, name, passphrase });
    setBusy(null);
    setPassphrase('');
    setDamage(r.ok && !r.value.ok ? r.value.problems : null);
    setMessage(r.ok ? (r.value.ok ? { ok: true, text: t('backup.restored', { count: r.value.checked }) } : null) : { ok: false, text: errorText(r.error, t) });
  };

  return (
    <section aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backup.title')}</h1>
      {busy && <Busy label={busy} />}
      {damage && <DamageList problems={damage} />}
      {message && (
        <p className={message.ok ? 'status' : 'error pre'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <form className="card" onSubmit={backup} noValidate>
        <h2>{t('backup.backupTitle')}</h2>
        <p className="muted">{t('backup.backupIntro')}</p>
        <Field label={t('backup.folder')}>{(p) => <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} />}</Field>
        <button type="submit" className="primary" disabled={!!busy || !folder}>
          {t('backup.backupButton')}
        </button>
      </form>
      <form className="card" onSubmit={restore} noValidate>
        <h2>{t('backup.restoreTitle')}</h2>
        <p className="muted">{t('backup.restoreIntro')}</p>
        <Field label={t('backup.file')}>{(p) => <input {...p} value={file} onChange={(e) => setFile(e.target.value)} spellCheck={false} />}</Field>
        <Field label={t('backup.target')}>{(p) => <input {...p} value={target} onChange={(e) => setTarget(e.target.value)} spellCheck={false} />}</Field>
        <Field label={t('unlock.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
        <Field label={t('unlock.passphrase')}>{(p) => <PassphraseInput {...p} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />}</Field>
        <button type="submit" disabled={!!busy || !file || !target || !name || !passphrase}>
          {t('backup.restoreButton')}
        </button>
      </form>
    </section>
  );
}
