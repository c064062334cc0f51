import { useEffect, useState } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** How long before the lock the person is warned, with a countdown. */
export const WARN_SECONDS = 60;

/**
 * Locks after `minutes` without a key press or pointer movement, and counts the last minute
 * down on screen first (the answer: seconds left, or null). The shell also locks on sleep
 * and screen lock; this timer is what works everywhere, the preview included.
 */
export function useIdleLock(active: boolean, minutes: number, lock: () => Promise<void>): number | null {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let locking = false;
    const reset = () => {
      last = Date.now();
      setSecondsLeft(null);
    };
    const tick = () => {
      const left = Math.ceil((last + minutes * 60_000 - Date.now()) / 1000);
      if (left <= 0) {
        if (!locking) {
          locking = true;
          void lock().finally(() => setSecondsLeft(null));
        }
      } else setSecondsLeft(left <= WARN_SECONDS ? left : null);
    };
    const timer = setInterval(tick, 1000);
    for (const event of ACTIVITY) window.addEventListener(event, reset, { passive: true });
    return () => {
      clearInterval(timer);
      setSecondsLeft(null);
      for (const event of ACTIVITY) window.removeEventListener(event, reset);
    };
  }, [active, minutes, lock]);
  return secondsLeft;
}
