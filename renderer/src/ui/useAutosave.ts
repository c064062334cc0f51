import { useCallback, useEffect, useRef, useState } from 'react';

/** A screen's pending work, saved before a lock or before leaving it; false: the person chose to stay. */
export type Flush = (reason: 'lock' | 'leave') => Promise<boolean>;

/** What the "saved, encrypted" indicator shows. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'incomplete' | 'failed';

/**
 * Saves `save` at most `delayMs` after the last change, one save at a time, and once more
 * when the screen goes away with a change pending: leaving never drops what was typed.
 * `save` answers the state to show: 'saved', 'incomplete' (saved, some fields still marked)
 * or 'failed'.
 */
export function useAutosave(save: () => Promise<SaveState>, delayMs = 700) {
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    latest.current = save;
  }, [save]);

  const now = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      setState('saving');
      setState(await latest.current());
    });
    return chain.current;
  }, []);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setState('pending');
    timer.current = setTimeout(() => void now(), delayMs);
  }, [delayMs, now]);

  /** Saves a pending change now and waits for every save under way. */
  const flush = useCallback(async () => {
    if (timer.current) await now();
    else await chain.current;
  }, [now]);

  useEffect(
    () => () => {
      if (timer.current) void now();
    },
    [now],
  );

  return { state, schedule, flush, pending: () => timer.current !== null };
}
