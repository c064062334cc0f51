import { useTranslation } from 'react-i18next';
import type { SaveState } from './useAutosave';

/** "Saved, encrypted" and its companions, the same on every screen that autosaves. */
export function SaveIndicator({ state, reason }: { state: SaveState; reason?: string | null }) {
  const { t } = useTranslation();
  return (
    <p className={`save-state ${state}`} role="status" aria-live="polite">
      {state === 'pending' && t('save.pending')}
      {state === 'saving' && t('save.saving')}
      {state === 'saved' && t('save.saved')}
      {state === 'incomplete' && t('save.incomplete')}
      {state === 'failed' && t('save.failed', { reason: reason ?? '' })}
    </p>
  );
}
