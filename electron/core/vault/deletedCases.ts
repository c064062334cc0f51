import { z } from 'zod';
import { SafeholdError, schemaIssues } from '../../../shared/errors';
import type { VaultSession } from './session';
import { readSideRecord, writeSideRecord } from './sideRecords';

/**
 * The ids of the cases deleted from this vault, and when: a bundle made before a deletion (an
 * older decision, a resend) must not bring the case back. Ids only, as the audit log names them.
 */
const DeletedCases = z.strictObject({
  cases: z.array(z.strictObject({ id: z.string().max(64), at: z.string().max(40) })).max(1_000_000),
});

/** When each case deleted here was deleted, by id. */
export function deletedCases(s: VaultSession): Map<string, string> {
  const value = readSideRecord(s, 'deleted');
  if (value === null) return new Map();
  const parsed = DeletedCases.safeParse(value);
  if (!parsed.success) throw new SafeholdError('vault.deletedDamaged', { issues: schemaIssues(parsed.error) });
  return new Map(parsed.data.cases.map((c) => [c.id, c.at]));
}

export function recordDeletion(s: VaultSession, id: string, at: string): void {
  const known = deletedCases(s);
  if (known.has(id)) return;
  writeSideRecord(s, 'deleted', { cases: [...[...known].map(([caseId, when]) => ({ id: caseId, at: when })), { id, at }] });
}
