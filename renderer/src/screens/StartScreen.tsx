import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { VaultStatus } from '../../../shared/ipc/vaultSchemas';
import { Busy } from '../ui/Busy';
import { Field } from '../ui/Field';
import { PassphraseInput } from '../ui/PassphraseInput';
import { mixesLayouts } from '../ui/passphraseStrength';
import { PassphraseStrength, usePassphraseStrength } from '../ui/PassphraseStrength';
import { errorText } from '../ui/errorText';

interface Props {
  api: SafeholdApi;
  /** The preview has no native folder dialog: the path is typed. */
  preview: boolean;
  lastFolder: string | null;
  onCreated: (recoveryCode: string, status: VaultStatus) => void;
  onOpened: (status: VaultStatus) => void;
}

/** First run: create a vault, or open one that exists. */
export function StartScreen({ api, preview, lastFolder, onCreated, onOpened }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'open' | 'create'>(lastFolder ? 'open' : 'create');
  const [folder, setFolder] = useState(lastFolder ?? '');
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const strength = usePassphraseStrength(passphrase, [name]);

  const problems = {
    folder: !/^([A-Za-z]:[\\/]|\/|\\\\)/.test(folder) ? t('start.folderError') : undefined,
    name: mode === 'create' && !name.trim() ? t('start.nameError') : undefined,
    passphrase: mode === 'create' && !strength?.acceptable ? t('start.passphraseWeak') : undefined,
    confirm: mode === 'create' && confirm !== passphrase ? t('start.confirmError') : undefined,
  };
  const errors: Partial<typeof problems> = touched ? problems : {};

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setError(null);
    if (Object.values(problems).some(Boolean)) return;
    setBusy(true);
    const result = mode === 'create' ? await api.vault.create({ folder, adminName: name, passphrase }) : await api.vault.open({ folder });
    setBusy(false);
    setPassphrase('');
    setConfirm('');
    if (!result.ok) {
      setError(errorText(result.error, t));
      return;
    }
    if ('recoveryCode' in result.value) onCreated(result.value.recoveryCode, result.value.status);
    else onOpened(result.value);
  };

  return (
    <section className="card narrow" aria-labelledby="start-title">
      <h1 id="start-title">{t('start.title')}</h1>
      <p className="muted">{t('start.intro')}</p>
      <div className="tabs" role="tablist" aria-label={t('start.title')}>
        <button type="button" role="tab" aria-selected={mode === 'create'} className={mode === 'create' ? 'tab active' : 'tab'} onClick={() => setMode('create')}>
          {t('start.create')}
        </button>
        <button type="button" role="tab" aria-selected={mode === 'open'} className={mode === 'open' ? 'tab active' : 'tab'} onClick={() => setMode('open')}>
          {t('start.open')}
        </button>
      </div>
      <form onSubmit={submit} noValidate>
        <Field label={t('start.folder')} help={mode === 'create' ? t('start.folderHelpCreate') : t('start.folderHelpOpen')} error={errors.folder}>
          {(p) => (
            <div className="inline">
              <input {...p} value={folder} onChange={(e) => setFolder(e.target.value)} autoComplete="off" spellCheck={false} />
              {!preview && (
                <button type="button" onClick={() => void api.dialog.chooseFolder().then((r) => r.ok && r.value.folder && setFolder(r.value.folder))}>
                  {t('start.choose')}
                </button>
              )}
            </div>
          )}
        </Field>
        {mode === 'create' && (
          <>
            <Field label={t('start.adminName')} help={t('start.adminNameHelp')} error={errors.name}>
              {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
            </Field>
            <Field label={t('start.passphrase')} help={mixesLayouts(passphrase) ? t('start.layoutHint') : t('start.passphraseHelp')} error={errors.passphrase}>
              {(p) => <PassphraseInput {...p} value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" />}
            </Field>
            <PassphraseStrength report={strength} />
            <Field label={t('start.confirm')} error={errors.confirm}>
              {(p) => <PassphraseInput {...p} value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />}
            </Field>
          </>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {mode === 'create' ? t('start.createButton') : t('start.openButton')}
          </button>
          {busy && <Busy label={mode === 'create' ? t('start.creating') : t('start.opening')} />}
        </div>
      </form>
    </section>
  );
}
