import { z } from 'zod';
import { SafeholdError, schemaIssues } from '../../../shared/errors';
import type { VaultSession } from '../vault/session';
import { readSideRecord } from '../vault/sideRecords';

/**
 * The bundles this vault sent and took in, by id only: what refuses a replay. And the cases a
 * bundle left in two versions, until a person keeps one: the list of them reads those cases
 * alone, never every case.
 */
export const Ledger = z.strictObject({
  received: z.array(z.strictObject({ bundleId: z.string().max(64), at: z.string().max(40) })).max(1_000_000),
  sent: z.array(z.strictObject({ bundleId: z.string().max(64), at: z.string().max(40), to: z.array(z.string().max(40)).max(8) })).max(1_000_000),
  conflicts: z.array(z.string().max(64)).max(1_000_000).optional(),
});
export type Ledger = z.infer<typeof Ledger>;

export function readLedger(s: VaultSession): Ledger {
  const value = readSideRecord(s, 'exchange');
  if (value === null) return { received: [], sent: [] };
  const parsed = Ledger.safeParse(value);
  if (!parsed.success) throw new SafeholdError('bundle.ledgerDamaged', { issues: schemaIssues(parsed.error) });
  return parsed.data;
}

/** The ledger with `add` among its cases in two versions and `remove` no longer. */
export function withConflicts(ledger: Ledger, add: string[], remove: string[] = []): Ledger {
  const conflicts = [...new Set([...(ledger.conflicts ?? []), ...add])].filter((id) => !remove.includes(id));
  return { ...ledger, conflicts };
}
