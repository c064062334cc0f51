import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../shared/ipc/api';
import type { Preferences } from '../../shared/prefs/schema';
import { CaseFormScreen } from './caseForm/CaseFormScreen';
import { switchLanguage } from './i18n';
import { AuditScreen } from './screens/AuditScreen';
import { BackupScreen } from './screens/BackupScreen';
import { BundlesScreen } from './screens/BundlesScreen';
import { ContactsScreen } from './screens/ContactsScreen';
import { CaseListScreen } from './screens/CaseListScreen';
import { PreferencesScreen } from './screens/PreferencesScreen';
import { PublicationsScreen } from './screens/PublicationsScreen';
import { RecoveryCodeScreen } from './screens/RecoveryCodeScreen';
import { StartScreen } from './screens/StartScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { UsersScreen } from './screens/UsersScreen';
import { LanguageSwitch } from './ui/LanguageSwitch';
import { sayError } from './ui/errorText';
import type { Flush } from './ui/useAutosave';
import { useIdleLock } from './vault/useIdleLock';
import { CaseWorkflow } from './workflow/CaseWorkflow';
import { useVaultStatus } from './vault/useVault';
import { can } from '../../shared/workflow/policy';

interface AppProps {
  api: SafeholdApi;
  preview: boolean;
  initialPreferences: Preferences;
}

type Page = { kind: 'cases' } | { kind: 'case'; id: string | null } | { kind: 'workflow'; id: string; mode: 'redact' | 'review' } | { kind: 'users' } | { kind: 'audit' } | { kind: 'backup' } | { kind: 'contacts' } | { kind: 'bundles' } | { kind: 'publications' } | { kind: 'preferences' };

export function App({ api, preview, initialPreferences }: AppProps) {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState(initialPreferences);
  const { status, setStatus } = useVaultStatus(api);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [page, setPage] = useState<Page>({ kind: 'cases' });
  /** A result that belongs to the list the person is taken back to (a deleted case). */
  const [notice, setNotice] = useState<string | null>(null);
  const flushRef = useRef<Flush | null>(null);
  const registerFlush = useCallback((flush: Flush | null) => (flushRef.current = flush), []);
  const unlocked = status.open && !status.locked;

  const changeLanguage = async (language: Preferences['language']) => {
    await switchLanguage(language);
    const saved = await api.prefs.set({ language });
    if (saved.ok) setPrefs(saved.value);
  };

  // On lock everything the screens held about cases is dropped with them: the page resets.
  const lock = useCallback(async () => {
    await flushRef.current?.('lock');
    const result = await api.vault.lock();
    if (result.ok) setStatus(result.value);
    setPage({ kind: 'cases' });
  }, [api, setStatus]);

  const idleSeconds = useIdleLock(unlocked, prefs.autoLockMinutes, lock);

  // A recovery code on screen goes with a lock, wherever the lock came from.
  const [wasLocked, setWasLocked] = useState(status.locked);
  if (status.locked !== wasLocked) {
    setWasLocked(status.locked);
    if (status.locked) setRecoveryCode(null);
  }

  // Each new screen takes the focus to its heading, so a screen reader starts reading there.
  const screenKey = `${status.open}-${status.locked}-${!!recoveryCode}-${page.kind}-${'id' in page ? page.id : ''}-${'mode' in page ? page.mode : ''}`;
  useEffect(() => focusHeading(), [screenKey]);

  useEffect(() => {
    // Whatever is copied out of Safehold leaves the clipboard (and its history) after 30 seconds.
    const onCopy = () => void api.clipboard.scheduleClear();
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
    };
  }, [api]);

  useEffect(() => {
    // Quick lock: Ctrl+Shift+L (Cmd+Shift+L on a Mac) from anywhere in the window.
    const onKey = (e: KeyboardEvent) => {
      if (unlocked && (e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock, unlocked]);

  // A locked vault shows no page but the unlock screen (or the preferences).
  const current: Page = unlocked || page.kind === 'preferences' ? page : { kind: 'cases' };
  // The notice stays with the list it was given on, and goes once the person moves on.
  if (notice && (current.kind !== 'cases' || !unlocked)) setNotice(null);

  const roles = status.user?.roles ?? [];
  const canEdit = can(roles, 'case.edit');
  const nav: { page: Page; label: string; show: boolean }[] = [
    { page: { kind: 'cases' }, label: t('nav.cases'), show: unlocked },
    { page: { kind: 'users' }, label: t('nav.users'), show: unlocked },
    { page: { kind: 'audit' }, label: t('nav.audit'), show: unlocked && can(roles, 'audit.read') },
    { page: { kind: 'backup' }, label: t('nav.backup'), show: unlocked && can(roles, 'vault.backup') },
    { page: { kind: 'contacts' }, label: t('nav.contacts'), show: unlocked },
    { page: { kind: 'bundles' }, label: t('nav.bundles'), show: unlocked },
    { page: { kind: 'publications' }, label: t('nav.publications'), show: unlocked },
    { page: { kind: 'preferences' }, label: t('nav.preferences'), show: true },
  ];

  const main = () => {
    if (recoveryCode) return <RecoveryCodeScreen code={recoveryCode} onConfirmed={() => setRecoveryCode(null)} />;
    if (current.kind === 'preferences') {
      return <PreferencesScreen api={api} preferences={prefs} onSaved={setPrefs} onLanguage={changeLanguage} />;
    }
    if (!status.open) {
      return (
        <StartScreen
          api={api}
          preview={preview}
          lastFolder={prefs.lastVaultFolder}
          onCreated={(code, next) => {
            setRecoveryCode(code);
            setStatus(next);
          }}
          onOpened={setStatus}
        />
      );
    }
    if (status.locked) {
      return (
        <UnlockScreen
          api={api}
          status={status}
          onUnlocked={setStatus}
          onClose={() => void api.vault.close().then((result) => result.ok && setStatus(result.value))}
        />
      );
    }
    switch (current.kind) {
      case 'case':
        return <CaseFormScreen
            key={current.id ?? 'new'}
            api={api}
            caseId={current.id}
            readOnly={!canEdit}
            canDelete={can(roles, 'case.delete')}
            onDeleted={(name) => {
              setPage({ kind: 'cases' });
              setNotice(t('form.deleted', { name }));
            }}
            registerFlush={registerFlush}
            onBack={() => setPage({ kind: 'cases' })}
            onWorkflow={(id, mode) => setPage({ kind: 'workflow', id, mode })}
          />;
      case 'workflow':
        return <CaseWorkflow key={`${current.id}-${current.mode}`} api={api} id={current.id} mode={current.mode} roles={roles} registerFlush={registerFlush} onBack={() => setPage({ kind: 'cases' })} />;
      case 'users':
        return <UsersScreen api={api} isAdmin={can(roles, 'users.manage')} me={status.user?.name ?? ''} />;
      case 'audit':
        return <AuditScreen api={api} />;
      case 'backup':
        return <BackupScreen api={api} />;
      case 'contacts':
        return <ContactsScreen api={api} isAdmin={can(roles, 'contact.manage')} />;
      case 'bundles':
        return (
          <BundlesScreen
            api={api}
            canSendPublications={can(roles, 'bundle.sendPublications')}
            onOpenCase={(id) => setPage({ kind: 'case', id })}
            onOpenPublications={() => setPage({ kind: 'publications' })}
          />
        );
      case 'publications':
        return <PublicationsScreen api={api} canExport={can(roles, 'case.publish')} />;
      default:
        return <CaseListScreen api={api} canEdit={canEdit} onOpen={(id) => setPage({ kind: 'case', id })} onNew={() => setPage({ kind: 'case', id: null })} />;
    }
  };

  return (
    <div className="frame">
      <a className="skip-link" href="#main-content">
        {t('a11y.skip')}
      </a>
      {preview && (
        <section className="preview-banner" aria-label={t('app.preview')}>
          <strong>{t('app.preview')}</strong> {t('app.previewHint')}
        </section>
      )}
      {idleSeconds !== null && (
        <section className="idle-warning" aria-label={t('a11y.idleTitle')}>
          <p role="alert">{t('a11y.idleSoon')}</p>
          <p className="idle-count" aria-hidden="true">
            {t('a11y.idleSeconds', { count: idleSeconds })}
          </p>
        </section>
      )}
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
          {preview && <span className="badge badge-warn">{t('app.preview')}</span>}
        </div>
        <div className="topbar-right">
          {unlocked && (
            <>
              <span className="who">{t('app.signedIn', { name: status.user?.name })}</span>
              <button type="button" className="lock" onClick={() => void lock()} title={t('app.lockHint')}>
                {t('app.lock')}
              </button>
            </>
          )}
          <LanguageSwitch value={prefs.language} onChange={changeLanguage} />
        </div>
      </header>
      <div className="body">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <ul>
            {nav
              .filter((n) => n.show)
              .map((n) => {
                const here = current.kind === n.page.kind || ((current.kind === 'case' || current.kind === 'workflow') && n.page.kind === 'cases');
                return (
                  <li key={n.page.kind}>
                    <button type="button" className={here ? 'nav-link active' : 'nav-link'} aria-current={here ? 'page' : undefined} onClick={async () => {
                        if ((await flushRef.current?.('leave')) === false) return;
                        setPage(n.page);
                      }}>
                      {n.label}
                    </button>
                  </li>
                );
              })}
          </ul>
        </nav>
        <main className="content" id="main-content" tabIndex={-1}>
          <p className={notice ? 'status notice' : 'sr-only'} role="status">
            {notice ?? ''}
          </p>
          {unlocked && status.integrityWarnings.length > 0 && (
            <section className="integrity-warning warning" aria-labelledby="integrity-warning-title">
              <h2 id="integrity-warning-title" role="alert">{t('integrity.title')}</h2>
              <p>{t('integrity.intro')}</p>
              <ul>
                {status.integrityWarnings.map((w, i) => (
                  <li key={i}>{sayError(w, t)}</li>
                ))}
              </ul>
            </section>
          )}
          {main()}
        </main>
      </div>
    </div>
  );
}

/** Moves the focus to the first heading of the page once it is drawn (screens load their data first). */
function focusHeading(): () => void {
  const find = () => document.querySelector<HTMLElement>('#main-content h1');
  const focus = (heading: HTMLElement) => {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // A field the person already went to on the new screen keeps the focus.
    const active = document.activeElement;
    if (!(active && heading.closest('main')?.contains(active) && active.matches('input, textarea, select, [contenteditable="true"]'))) heading.focus();
  };
  const now = find();
  if (now) {
    focus(now);
    return () => undefined;
  }
  const main = document.getElementById('main-content');
  if (!main) return () => undefined;
  const observer = new MutationObserver(() => {
    const heading = find();
    if (heading) {
      observer.disconnect();
      focus(heading);
    }
  });
  observer.observe(main, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), 5000);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
