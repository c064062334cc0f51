import { SafeholdError } from '../../../shared/errors';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { runInTurns, type BundleStep, type LockedKey, type Steps } from '../bundles/steps';
import type { Vault } from '../vault/vault';
import type { Handlers } from './dispatch';

/**
 * What may run between two steps of a send or a receive: what only reads, the lock (which
 * stops the work), and the progress itself. Anything that writes waits: a case saved in
 * between would be overwritten by the merge, or sent in a version the bundle does not hold.
 */
const WHILE_BUNDLE_RUNS = new Set<Channel>([
  'app:info', 'prefs:get', 'prefs:set', 'vault:status', 'vault:lock', 'bundles:progress',
  'cases:page', 'cases:conflicts', 'publications:list', 'contacts:list', 'contacts:myCard', 'users:list', 'vault:reviewLaptop',
  'dialog:chooseFolder', 'dialog:chooseFile', 'clipboard:scheduleClear',
]);

const lockedDuring = ({ stage }: BundleStep): LockedKey => (stage === 'merge' ? 'bundle.lockedMerging' : stage === 'check' ? 'bundle.lockedChecking' : 'bundle.lockedSealing');

/** The one send or receive under way in the app, run in turns so that its progress can be asked for. */
export class BundleWork {
  private running = false;
  private step: BundleStep | null = null;

  progress(): BundleStep | null {
    return this.step;
  }

  async run<T>(vault: Vault, steps: () => Steps<T>): Promise<T> {
    this.running = true;
    this.step = null;
    try {
      return await runInTurns(vault, steps(), (step) => (this.step = step), lockedDuring);
    } finally {
      this.running = false;
      this.step = null;
    }
  }

  /** The handlers, those that write refused while a bundle is under way. */
  guard(handlers: Handlers): Handlers {
    const guarded: Record<string, unknown> = { ...handlers };
    for (const channel of CHANNELS) {
      if (WHILE_BUNDLE_RUNS.has(channel)) continue;
      const handler = handlers[channel] as (argument: unknown) => unknown;
      guarded[channel] = (argument: unknown) => {
        if (this.running) throw new SafeholdError('bundle.busy');
        return handler(argument);
      };
    }
    return guarded as Handlers;
  }
}
