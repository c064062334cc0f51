import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Removed {
  label: string;
  restore: () => void;
}

const KEEP_MS = 15_000;

/**
 * Removing an entry from a list happens at once and can be taken back for a while: calmer
 * than a confirmation for every small removal, and nothing is lost by a slip.
 */
export function useUndoRemove() {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<Removed | null>(null);
  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(null), KEEP_MS);
    return () => clearTimeout(timer);
  }, [removed]);
  const remember = useCallback((label: string, restore: () => void) => setRemoved({ label, restore }), []);
  const bar = (
    <div className="undo-bar" role="status" aria-live="polite">
      {removed && (
        <>
          <span>{t('confirm.removed', { what: removed.label })}</span>
          <button
            type="button"
            onClick={() => {
              removed.restore();
              setRemoved(null);
            }}
          >
            {t('confirm.undo')}
          </button>
        </>
      )}
    </div>
  );
  return { remember, bar };
}
