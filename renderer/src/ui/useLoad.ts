import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/ipc/result';
import { errorText } from './errorText';

/**
 * Loads one thing from the core when `load` changes (pass a memoised function); an answer
 * that arrives after the screen moved on is dropped.
 */
export function useLoad<T>(load: () => Promise<Result<T>>) {
  const { t } = useTranslation();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((answer) => {
      if (!live) return;
      if (answer.ok) {
        setValue(answer.value);
        setError(null);
      } else setError(errorText(answer.error, t));
    });
    return () => {
      live = false;
    };
  }, [load, t]);
  return { value, error, setValue };
}
