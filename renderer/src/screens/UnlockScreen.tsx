import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { VaultStatus } from '../../../shared/ipc/vaultSchemas';
import { Busy } from '../ui/Busy';
import { Field } from '../ui/Field';
import { PassphraseInput } from '../ui/PassphraseInput';
import { PassphraseStrength, usePassphraseStrength } from '../ui/PassphraseStrength';
import { errorText } from '../ui/errorText';

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
  const [resetting, setResetting] = useState(false);
  const [code, setCode] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const resetStrength = usePassphraseStrength(newPassphrase, [name]);

  const reset = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.vault.resetWithRecovery({ recoveryCode: code, name, newPassphrase });
    setBusy(false);
    setNewPassphrase('');
    if (!result.ok) {
      setError(errorText(result.error, t));
      return;
    }
    setCode('');
    setResetting(false);
    setNotice(t('unlock.resetDone', { name }));
  };

  if (resetting) {
    return (
      <section className="card narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('unlock.resetTitle')}</h1>
        <p className="muted">{t('unlock.resetIntro')}</p>
        <form onSubmit={reset} noValidate>
          <Field label={t('unlock.resetCode')}>{(p) => <input {...p} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} className="mono" />}</Field>
          <Field label={t('unlock.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
          <Field label={t('users.newPassphrase')} help={t('start.passphraseHelp')}>
            {(p) => <PassphraseInput {...p} value={newPassphrase} onChange={(e) => setNewPassphrase(e.target.value)} autoComplete="new-password" />}
          </Field>
          <PassphraseStrength report={resetStrength} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || !code || !name || !newPassphrase}>
              {t('unlock.resetButton')}
            </button>
            <button type="button" onClick={() => setResetting(false)} disabled={busy}>
              {t('unlock.resetCancel')}
            </button>
            {busy && <Busy label={t('unlock.resetWorking')} />}
          </div>
        </form>
      </section>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.vault.unlock({ name, passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) onUnlocked(result.value);
    else setError(result.error.code === 'unauthorized' ? t('unlock.wrong') : errorText(result.error, t));
  };

  return (
    <section className="card narrow" aria-labelledby="unlock-title">
      <h1 id="unlock-title">{t('unlock.title')}</h1>
      <p className="muted">{t('unlock.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('unlock.name')}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" autoFocus />}</Field>
        <Field label={t('unlock.passphrase')}>
          {(p) => <PassphraseInput {...p} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />}
        </Field>
        {notice && (
          <p className="status" role="status">
            {notice}
          </p>
        )}
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
          <button type="button" className="link" onClick={() => setResetting(true)} disabled={busy}>
            {t('unlock.forgot')}
          </button>
          {busy && <Busy label={t('unlock.working')} />}
        </div>
      </form>
    </section>
  );
}
