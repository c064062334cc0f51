import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';

/**
 * The recovery code, shown once. The person proves it is written down by typing its last
 * group back; only then does the app go on, and the code is gone from memory.
 */
export function RecoveryCodeScreen({ code, onConfirmed }: { code: string; onConfirmed: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lastGroup = code.split('-').pop() ?? '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (typed.trim().toUpperCase() === lastGroup) onConfirmed();
    else setError(t('recovery.mismatch'));
  };
  return (
    <section className="card narrow" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{t('recovery.intro')}</p>
      <p className="recovery-code" aria-label={t('recovery.codeLabel')}>
        {code}
      </p>
      <p className="muted">{t('recovery.keepApart')}</p>
      <form onSubmit={submit} noValidate>
        <Field label={t('recovery.confirmLabel')} error={error ?? undefined}>
          {(p) => <input {...p} value={typed} onChange={(e) => setTyped(e.target.value)} maxLength={4} autoComplete="off" spellCheck={false} className="code-input" />}
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            {t('recovery.done')}
          </button>
        </div>
      </form>
    </section>
  );
}
