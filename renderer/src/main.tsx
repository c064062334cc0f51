import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_PREFERENCES } from '../../shared/prefs/schema';
import { getApi } from './api';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const api = getApi();
    const [info, prefs] = await Promise.all([api.app.info(), api.prefs.get()]);
    const initial = prefs.ok ? prefs.value : DEFAULT_PREFERENCES;
    await initI18n(initial.language);
    root.render(
      <StrictMode>
        <App api={api} preview={info.ok && info.value.preview} initialPreferences={initial} />
      </StrictMode>,
    );
  } catch {
    await initI18n(DEFAULT_PREFERENCES.language);
    root.render(<p role="alert" className="fatal">{i18next.t('app.apiMissing')}</p>);
  }
}

void start();
