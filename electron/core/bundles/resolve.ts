import { SafeholdError } from '../../../shared/errors';
import type { CaseRecord } from '../../../shared/caseFile/caseRecord';
import { withAuthor } from '../../../shared/workflow/fourEyes';
import { currentCase, now } from '../vault/caseStore';
import { commitWrites } from '../vault/pendingWrites';
import type { Vault } from '../vault/vault';
import { joinLineage } from '../vault/caseHash';
import { readLedger, withConflicts } from './ledger';

/**
 * A person chooses between the two versions of a case changed on both sides: the one here, or
 * theirs (their version of the case, or the reviewer's request for changes). Either way the
 * other version counts as seen: a copy of it arriving again is older than what is here.
 */
export function resolveConflict(vault: Vault, id: string, keep: 'here' | 'theirs'): CaseRecord {
  const s = vault.session('case.edit');
  const current = currentCase(s, id);
  const conflict = current.conflict;
  if (!conflict) throw new SafeholdError('bundle.singleVersion', { id });
  const { conflict: _dropped, ...rest } = current;
  const sync = { ...current.sync, home: current.sync?.home ?? s.vaultId, lineage: joinLineage(current.sync?.lineage ?? [], conflict.lineage) };
  const base = { version: current.version + 1, updatedAt: now(), updatedBy: s.user.name, sync };
  let record: CaseRecord;
  if (keep === 'here') record = { ...rest, ...base };
  else if (conflict.theirs) record = { ...conflict.theirs, ...base, authors: withAuthor({ ...conflict.theirs, updatedBy: s.user.name }, s.user.name) };
  else if (conflict.decision?.outcome === 'changes-requested') {
    record = { ...rest, ...base, state: 'changes-requested', reviewComment: conflict.decision.comment ?? '' };
  } else {
    throw new SafeholdError('bundle.approvalStale', { id });
  }
  // The case and the list of cases in two versions change together, or neither does.
  commitWrites(s, {
    records: [record],
    side: { name: 'exchange', value: withConflicts(readLedger(s), [], [id]) },
    audit: { action: 'case-edit', target: `${id}: two versions resolved, kept ${keep === 'here' ? 'the one here' : 'theirs'}` },
  });
  return record;
}
