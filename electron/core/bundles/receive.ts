import { SafeholdError, type ErrorText } from '../../../shared/errors';
import { commitWritesInSteps } from '../vault/pendingWrites';
import type { Vault } from '../vault/vault';
import { readBundleFile } from './bundleFile';
import type { Purpose } from './content';
import { readLedger, withConflicts } from './ledger';
import { planMerge } from './merge';
import { planPublications } from './publications';
import { openSigned, openTrusted, type Signer } from './open';
import { BundleRefused } from './refusal';
import { runAtOnce, type Steps } from './steps';

export interface ReceiveReport {
  bundleId: string;
  purpose: Purpose;
  from: { name: string; fingerprint: string };
  added: string[];
  updated: string[];
  /** Changed on both sides: both versions kept in the case for a person to choose. */
  conflicts: string[];
  /** Deleted here: not taken back in. */
  ignored: { id: string; deletedAt: string }[];
  /** Approved publications taken in (purpose publication), by publication id: never case records. */
  publications: string[];
}

/**
 * Verifies a bundle and merges it, or refuses it whole and changes no case: damaged, not for
 * this user, from a stranger or a revoked contact, replayed, or older than what is here.
 * Approved publications are kept apart from the cases (publications.ts). The merge is written
 * as one (vault/pendingWrites), so a crash leaves it undone or done. A step per case checked,
 * then per case merged.
 */
export function* receiveSteps(vault: Vault, file: string): Steps<ReceiveReport> {
  const s = vault.session('bundle.receive');
  const bytes = readBundleFile(file);
  let bundleId: string | null = null;
  try {
    const opened = openTrusted(s, bytes);
    const { content, contact } = opened;
    bundleId = content.bundleId;
    const ledger = readLedger(s);
    if (ledger.received.some((r) => r.bundleId === content.bundleId) || ledger.sent.some((r) => r.bundleId === content.bundleId)) {
      throw new BundleRefused('replayed', 'bundle.replayed', { id: content.bundleId });
    }
    const planned = yield* planMerge(s, opened);
    const publications = content.purpose === 'publication' ? planPublications(s, opened) : null;
    const of = (outcome: string) => planned.filter((p) => p.outcome === outcome).map((p) => p.id);
    const records = planned.flatMap((p) => (p.outcome === 'ignored' ? [] : [p.record]));
    const ignored = planned.flatMap((p) => (p.outcome === 'ignored' ? [{ id: p.id, deletedAt: p.deletedAt }] : []));
    const received = { ...ledger, received: [...ledger.received, { bundleId: content.bundleId, at: new Date().toISOString() }] };
    const writes = commitWritesInSteps(s, {
      records,
      side: [
        { name: 'exchange', value: withConflicts(received, of('conflict')) },
        ...(publications ? [{ name: 'publications' as const, value: publications.value }] : []),
      ],
      audit: { action: 'bundle-receive', target: content.bundleId },
    });
    for (const done of writes) yield { stage: 'merge', done, total: records.length };
    return {
      bundleId: content.bundleId, purpose: content.purpose, from: { name: contact.name, fingerprint: contact.fingerprint },
      added: of('added'), updated: of('updated'), conflicts: of('conflict'), ignored, publications: publications?.ids ?? [],
    };
  } catch (error) {
    if (error instanceof BundleRefused) s.log('bundle-refused', `${bundleId ?? 'unreadable bundle'}: ${error.reason}`);
    throw error;
  }
}

export const receiveBundle = (vault: Vault, file: string): ReceiveReport => runAtOnce(receiveSteps(vault, file));

export interface Inspection {
  forThisVault: boolean;
  signer: Signer | null;
  /** Why it is not, when it is not. */
  problem: ErrorText | null;
}

/** Whether a file is a bundle for the signed-in user of this vault, and who signed it; nothing else, and nothing is merged. */
export function inspectBundle(vault: Vault, file: string): Inspection {
  const s = vault.session('bundle.receive');
  const bytes = readBundleFile(file);
  try {
    return { forThisVault: true, signer: openSigned(s, bytes).signer, problem: null };
  } catch (error) {
    if (error instanceof BundleRefused) return { forThisVault: false, signer: null, problem: error.text };
    throw error instanceof SafeholdError ? error : new SafeholdError('bundle.inspectFailed');
  }
}
