import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/prefs/schema';

/** The interface's languages as options, each marked with its lang so that a screen reader says its name right. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return LANGUAGES.map((language) => (
    <option key={language} value={language} lang={language}>
      {t(`language.${language}`)}
    </option>
  ));
}

export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (l: Language) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Language)}>
        <LanguageOptions />
      </select>
    </div>
  );
}
