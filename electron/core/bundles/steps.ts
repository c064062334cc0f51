import { SafeholdError } from '../../../shared/errors';
import type { VaultSession } from '../vault/session';

/** What a refusal says when the vault was locked in the middle of a send or receive. */
export type LockedKey = 'bundle.lockedMerging' | 'bundle.lockedChecking' | 'bundle.lockedSealing';
import type { Vault } from '../vault/vault';

/**
 * How far a send or a receive is: cases sealed (seal), the bundle being written and read back
 * (write), cases checked against the vault (check), cases merged into it (merge).
 */
export interface BundleStep {
  stage: 'seal' | 'write' | 'check' | 'merge';
  done: number;
  total: number;
}

/** A send or a receive as a sequence of steps, so that it can run at once or in turns. */
export type Steps<T> = Generator<BundleStep, T, void>;

/** The command line and the tests: every step at once. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function stillOpen(vault: Vault, s: VaultSession): boolean {
  try {
    return vault.session() === s;
  } catch {
    return false;
  }
}

/**
 * The app: other requests get a turn between two steps (the progress it shows, a lock), and
 * each step is reported. A lock in between stops the work there: `whenLocked` says, for the
 * step it stopped after, what that left.
 */
export async function runInTurns<T>(vault: Vault, steps: Steps<T>, report: (step: BundleStep) => void, whenLocked: (step: BundleStep) => LockedKey): Promise<T> {
  const s = vault.session();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    report(next.value);
    await nextTurn();
    if (!stillOpen(vault, s)) {
      steps.return(undefined as T);
      throw new SafeholdError(whenLocked(next.value));
    }
  }
}
