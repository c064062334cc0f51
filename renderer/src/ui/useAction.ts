import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/ipc/result';
import { errorText } from './errorText';

export interface ActionResult {
  ok: boolean;
  text: string;
}

/**
 * One action of a screen (a button and what it calls in the core): whether it is running,
 * and its result in words, to be shown next to the button that started it.
 */
export function useAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async <T>(call: () => Promise<Result<T>>, success?: (value: T) => string): Promise<T | null> => {
      // A second press while the first is running does nothing rather than the action twice.
      if (running.current) return null;
      running.current = true;
      setBusy(true);
      setResult(null);
      try {
        const answer = await call();
        if (answer.ok) {
          setResult(success ? { ok: true, text: success(answer.value) } : null);
          return answer.value;
        }
        setResult({ ok: false, text: errorText(answer.error, t) });
        return null;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [t],
  );

  return { busy, result, run, setResult };
}
