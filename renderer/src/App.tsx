import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../shared/ipc/api';
import type { Preferences } from '../../shared/prefs/schema';
import { PreferencesScreen } from './screens/PreferencesScreen';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { switchLanguage } from './i18n';

interface AppProps {
  api: SafeholdApi;
  preview: boolean;
  initialPreferences: Preferences;
}

export function App({ api, preview, initialPreferences }: AppProps) {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState(initialPreferences);

  const changeLanguage = async (language: Preferences['language']) => {
    await switchLanguage(language);
    const saved = await api.prefs.set({ language });
    if (saved.ok) setPrefs(saved.value);
  };

  return (
    <div className="frame">
      {preview && (
        <div className="preview-banner" role="note">
          <strong>{t('app.preview')}</strong> {t('app.previewHint')}
        </div>
      )}
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
          {preview && <span className="badge badge-warn">{t('app.preview')}</span>}
        </div>
        <LanguageSwitch value={prefs.language} onChange={changeLanguage} />
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <ul>
            <li>
              <a href="#preferences" aria-current="page" className="nav-link active">
                {t('nav.preferences')}
              </a>
            </li>
          </ul>
        </nav>
        <main id="preferences" className="content" tabIndex={-1}>
          <PreferencesScreen api={api} preferences={prefs} onSaved={setPrefs} onLanguage={changeLanguage} />
        </main>
      </div>
    </div>
  );
}
