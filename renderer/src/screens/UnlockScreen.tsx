import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { VaultStatus } from '../../../shared/ipc/vaultSchemas';
import { Busy } from '../ui/Busy';
import { Field } from '../ui/Field';

interface Props {
  api: SafeholdApi;
  status: VaultStatus;
  onUnlocked: (status: VaultStatus) => void;
  onClose: () => void;
}

export function UnlockScreen({ api, status, onUnlocked, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.vault.unlock({ name, passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) onUnlocked(result.value);
    else setError(result.error.code === 'unauthorized' ? t('unlock.wrong') : result.error.message);
  };

  return (
    <section className="card narrow" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="muted">{t('unlock.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('unlock.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" autoFocus />}</Field>
        <Field label={t('unlock.passphrase')}>
          {(p) => <input {...p} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />}
        </Field>
        {status.unlockDelaySeconds > 0 && <p className="warning">{t('unlock.delay', { seconds: status.unlockDelaySeconds })}</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !name || !passphrase}>
            {t('unlock.button')}
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            {t('unlock.otherVault')}
          </button>
          {busy && <Busy label={t('unlock.working')} />}
        </div>
      </form>
    </section>
  );
}
