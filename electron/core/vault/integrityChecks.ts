import { textOf } from '../../../shared/errors';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ATTEMPTS_FILE, AUDIT_FILE, anchorProblem } from './audit';
import { INDEX_FILE, JOURNAL_FILE, type CaseIndex } from './caseIndex';
import { CaseRecord } from './caseRecord';
import { CASES_DIR, indexEntry } from './caseStore';
import { readFrames } from './files';
import { decodeRecord } from './records';
import type { UsersFile } from './users';
import { HEAD_FILE, readHead } from './vaultHead';

export interface UnlockFindings {
  /** Each kind of damage found, in words a person can act on; nothing was deleted. */
  warnings: string[];
  /** Where in attempts.log the failures not yet in the audit log begin. */
  attemptsFrom: number;
}

/**
 * The checks of every unlock, cheap whatever the vault's size: the vault head against the
 * audit log, the index and the failed-unlock log (a cut, a deletion, an older copy put back);
 * the users record's anchor; the cases folder against the index (a case file the index lost
 * is listed again, from its own authenticated file).
 */
export function checkAtUnlock(dir: string, vaultId: string, key: Uint8Array, index: CaseIndex, users: UsersFile): UnlockFindings {
  const found = checkAnchors(dir, vaultId, key, index, users);
  found.warnings.push(...reconcileCaseFiles(dir, vaultId, key, index, found.indexCut));
  return { warnings: found.warnings, attemptsFrom: found.attemptsFrom };
}

/** The vault head and the users record's anchor against the files they anchor. */
export function checkAnchors(dir: string, vaultId: string, key: Uint8Array, index: CaseIndex, users: UsersFile): UnlockFindings & { indexCut: boolean } {
  const warnings: string[] = [];
  let indexCut = false;
  const { frames } = readFrames(path.join(dir, AUDIT_FILE));
  const attempts = readFrames(path.join(dir, ATTEMPTS_FILE)).frames.length;
  let head = null;
  try {
    head = readHead(dir, key, vaultId);
    // The users record is anchored from the first unlock with heads on: without it, a vault from before.
    if (!head && users.audit) indexCut = true;
    if (!head && users.audit) warnings.push(`${HEAD_FILE} is missing: it was deleted, so cuts to the audit log, the index and the failed-unlock log made with it cannot all be seen`);
  } catch (error) {
    warnings.push((error as Error).message);
  }
  if (head) {
    const audit = anchorProblem(frames, key, vaultId, head.audit, 'the vault head');
    if (audit) warnings.push(audit);
    const at = index.position();
    indexCut = at.snapshot < head.index.snapshot || (at.snapshot === head.index.snapshot && at.entries < head.index.entries);
    if (at.snapshot < head.index.snapshot) {
      warnings.push(`${INDEX_FILE} is version ${at.snapshot}, older than the vault head says (${head.index.snapshot}): an older copy was put back or it was deleted; the case list may show older versions or miss cases`);
    } else if (at.snapshot === head.index.snapshot && at.entries < head.index.entries) {
      warnings.push(`${JOURNAL_FILE} has ${at.entries} entries, but the vault head says ${head.index.entries}: the last ${head.index.entries - at.entries} were cut or the journal was deleted; the case list may show older versions`);
    }
    if (attempts < head.attempts) {
      warnings.push(`${ATTEMPTS_FILE} has ${attempts} entries, but ${head.attempts} had been recorded: it was cut or deleted, which resets the wait between unlock attempts; failed unlocks in it are lost`);
    }
  }
  if (users.audit) {
    const audit = anchorProblem(frames, key, vaultId, users.audit, 'the users record');
    if (audit && !warnings.includes(audit)) warnings.push(audit);
  }
  return { warnings, attemptsFrom: head ? Math.min(head.attempts, attempts) : 0, indexCut: indexCut || index.problems.length > 0 };
}

/**
 * The cases folder against the index: a file the index does not list is authenticated and
 * listed again, and named when the index was found cut (its entry was lost); with the index
 * whole, it is a new case whose save a crash stopped before its index entry, which is no damage.
 * An entry whose file is gone is named.
 */
function reconcileCaseFiles(dir: string, vaultId: string, key: Uint8Array, index: CaseIndex, indexCut: boolean): string[] {
  const warnings: string[] = [];
  const folder = path.join(dir, CASES_DIR);
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.rec')) : [];
  const onDisk = new Set(names.map((name) => name.slice(0, -'.rec'.length)));
  const listed = index.ids();
  for (const id of onDisk) {
    if (listed.has(id)) continue;
    try {
      const { value } = decodeRecord<unknown>(key, vaultId, 'case', id, readFileSync(path.join(folder, `${id}.rec`)), textOf('part.case', { id }));
      index.put(indexEntry(CaseRecord.parse(value)));
      if (indexCut) warnings.push(`case ${id}: its file was not in the case index (an index entry was lost); it is listed again`);
    } catch (error) {
      warnings.push(`${CASES_DIR}/${id}.rec is not a case of this vault: ${(error as Error).message}`);
    }
  }
  for (const id of listed) {
    if (!onDisk.has(id)) warnings.push(`case ${id}: its file is missing (deleted or moved)`);
  }
  return warnings;
}
