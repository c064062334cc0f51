import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { Preferences, type Language } from '../../../shared/prefs/schema';
import { LanguageOptions } from '../ui/LanguageSwitch';
import { errorText } from '../ui/errorText';

const FormSchema = Preferences.pick({ language: true, autoLockMinutes: true });
type FormValues = z.infer<typeof FormSchema>;

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

interface Props {
  api: SafeholdApi;
  preferences: Preferences;
  onSaved: (prefs: Preferences) => void;
  onLanguage: (language: Language) => Promise<void>;
}

export function PreferencesScreen({ api, preferences, onSaved, onLanguage }: Props) {
  const { t } = useTranslation();
  const ids = { language: useId(), autoLock: useId(), help: useId(), error: useId() };
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: { language: preferences.language, autoLockMinutes: preferences.autoLockMinutes },
  });

  useEffect(() => {
    reset({ language: preferences.language, autoLockMinutes: preferences.autoLockMinutes });
  }, [preferences.language, preferences.autoLockMinutes, reset]);

  const submit = async (values: FormValues) => {
    setStatus({ kind: 'idle' });
    const result = await api.prefs.set(values);
    if (!result.ok) {
      setStatus({ kind: 'failed', reason: errorText(result.error, t) });
      return;
    }
    if (values.language !== preferences.language) await onLanguage(values.language);
    onSaved(result.value);
    setStatus({ kind: 'saved' });
  };

  return (
    <section aria-labelledby="prefs-title" className="card">
      <h1 id="prefs-title">{t('prefs.title')}</h1>
      <p className="muted">{t('prefs.intro')}</p>
      <form onSubmit={handleSubmit(submit)} noValidate>
        <div className="field">
          <label htmlFor={ids.language}>{t('prefs.language')}</label>
          <select id={ids.language} {...register('language')}>
            <LanguageOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.autoLock}>{t('prefs.autoLock')}</label>
          <div className="inline">
            <input
              id={ids.autoLock}
              type="number"
              inputMode="numeric"
              min={1}
              max={120}
              step={1}
              aria-invalid={errors.autoLockMinutes ? true : undefined}
              aria-describedby={errors.autoLockMinutes ? `${ids.error} ${ids.help}` : ids.help}
              {...register('autoLockMinutes', { valueAsNumber: true })}
            />
            <span>{t('prefs.autoLockUnit')}</span>
          </div>
          <p id={ids.help} className="help">
            {t('prefs.autoLockHelp')}
          </p>
          {errors.autoLockMinutes && (
            <p id={ids.error} className="error" role="alert">
              {t('prefs.autoLockError')}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            {isSubmitting ? t('prefs.saving') : t('prefs.save')}
          </button>
          <p className="status" role="status" aria-live="polite">
            {status.kind === 'saved' && t('prefs.saved')}
            {status.kind === 'failed' && t('prefs.failed', { reason: status.reason })}
          </p>
        </div>
      </form>
    </section>
  );
}
