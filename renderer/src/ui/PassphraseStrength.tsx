import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_LENGTH, passphraseStrength, type StrengthReport } from '../../../shared/passphrase/strength';

/**
 * The core's own judgement of a new passphrase (shared/passphrase/strength.ts), shown while
 * typing: a meter, a verdict, and zxcvbn's reason and advice in the user's language. The core
 * decides again on submit; this only guides.
 */
export function usePassphraseStrength(passphrase: string, names: string[] = []): StrengthReport | null {
  const deferred = useDeferredValue(passphrase);
  const key = names.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `names`, a new array on every render
  return useMemo(() => (deferred ? passphraseStrength(deferred, names) : null), [deferred, key]);
}

export function PassphraseStrength({ report }: { report: StrengthReport | null }) {
  const { t } = useTranslation();
  if (!report) return null;
  const verdict = report.tooShort ? t('strength.tooShort', { min: MIN_LENGTH }) : report.acceptable ? t('strength.strong') : t('strength.weak');
  return (
    <div className="strength" aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={report.score} aria-label={t('strength.label')} />
      <span>
        {verdict}
        {report.warning && ` ${t(`strength.warnings.${report.warning}`)}`}
        {!report.acceptable && report.suggestions.map((s) => ` ${t(`strength.suggestions.${s}`)}`).join('')}
      </span>
    </div>
  );
}
