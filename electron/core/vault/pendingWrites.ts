import { z } from 'zod';
import { CaseRecord } from './caseRecord';
import { AUDIT_ACTIONS } from './audit';
import { writeCase } from './caseStore';
import type { VaultSession } from './session';
import { readSideRecord, removeSideRecord, writeSideRecord } from './sideRecords';

/**
 * Several case records and side records written as one: the whole set goes first into one
 * encrypted journal (pending.rec), then each file is written; a crash in between is finished at
 * the next unlock. So a vault is either as it was (no journal yet) or fully updated.
 */
const SideWrite = z.strictObject({ name: z.enum(['exchange', 'publications']), value: z.unknown() });
const PendingWrites = z.strictObject({
  records: z.array(CaseRecord).max(10_000),
  side: z.union([SideWrite, z.array(SideWrite).max(4)]).optional(),
  audit: z.strictObject({ action: z.enum(AUDIT_ACTIONS), target: z.string().max(200) }),
});
export type PendingWrites = z.infer<typeof PendingWrites>;

export function commitWrites(s: VaultSession, writes: PendingWrites): void {
  drain(commitWritesInSteps(s, writes));
}

/** The same, one step per case written (how many so far), for work that reports its progress. */
export function* commitWritesInSteps(s: VaultSession, writes: PendingWrites): Generator<number, void, void> {
  writeSideRecord(s, 'pending', writes);
  yield* apply(s, writes);
}

function drain(steps: Generator<number, void, void>): void {
  for (let next = steps.next(); !next.done; next = steps.next());
}

function* apply(s: VaultSession, writes: PendingWrites): Generator<number, void, void> {
  for (const [i, record] of writes.records.entries()) {
    const entry = s.index.get(record.id);
    // Written before a crash already: the index (or the newer file it repairs from) says so.
    if (!entry || entry.version < record.version) writeCase(s, record);
    yield i + 1;
  }
  for (const side of [writes.side ?? []].flat()) writeSideRecord(s, side.name, side.value);
  s.log(writes.audit.action, writes.audit.target);
  removeSideRecord(s, 'pending');
}

/** At unlock: finishes a set of writes a crash (or a lock in the middle) interrupted. */
export function finishPendingWrites(s: VaultSession): void {
  const value = readSideRecord(s, 'pending');
  if (value === null) return;
  drain(apply(s, PendingWrites.parse(value)));
}
