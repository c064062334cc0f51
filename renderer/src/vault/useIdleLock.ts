import { useEffect } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Locks after `minutes` without a key press or pointer movement. The shell also locks on
 * sleep and screen lock; this timer is what works everywhere, the preview included.
 */
export function useIdleLock(active: boolean, minutes: number, lock: () => Promise<void>): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => void lock(), minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lock(), minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [active, minutes, lock]);
}
