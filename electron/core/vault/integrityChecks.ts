import { findingOf, textOf, type ErrorText } from '../../../shared/errors';
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
  /** Each kind of damage found, worded where it is shown so a person can act on it; nothing was deleted. */
  warnings: ErrorText[];
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
  const warnings: ErrorText[] = [];
  let indexCut = false;
  const { frames } = readFrames(path.join(dir, AUDIT_FILE));
  const attempts = readFrames(path.join(dir, ATTEMPTS_FILE)).frames.length;
  let head = null;
  try {
    head = readHead(dir, key, vaultId);
    // The users record is anchored from the first unlock with heads on: without it, a vault from before.
    if (!head && users.audit) indexCut = true;
    if (!head && users.audit) warnings.push(textOf('finding.headMissing', { file: HEAD_FILE }));
  } catch (error) {
    warnings.push(findingOf(error, textOf('record.cannotOpen', { what: textOf('part.vaultHead', { file: HEAD_FILE }) })));
  }
  if (head) {
    const audit = anchorProblem(frames, key, vaultId, head.audit, textOf('part.head'));
    if (audit) warnings.push(audit);
    const at = index.position();
    indexCut = at.snapshot < head.index.snapshot || (at.snapshot === head.index.snapshot && at.entries < head.index.entries);
    if (at.snapshot < head.index.snapshot) {
      warnings.push(textOf('finding.indexOlder', { file: INDEX_FILE, found: at.snapshot, expected: head.index.snapshot }));
    } else if (at.snapshot === head.index.snapshot && at.entries < head.index.entries) {
      warnings.push(textOf('finding.journalCut', { file: JOURNAL_FILE, found: at.entries, expected: head.index.entries, cut: head.index.entries - at.entries }));
    }
    if (attempts < head.attempts) {
      warnings.push(textOf('finding.attemptsCut', { file: ATTEMPTS_FILE, found: attempts, expected: head.attempts }));
    }
  }
  if (users.audit) {
    const audit = anchorProblem(frames, key, vaultId, users.audit, textOf('part.users'));
    if (audit && !warnings.some((w) => JSON.stringify(w) === JSON.stringify(audit))) warnings.push(audit);
  }
  return { warnings, attemptsFrom: head ? Math.min(head.attempts, attempts) : 0, indexCut: indexCut || index.problems.length > 0 };
}

/**
 * The cases folder against the index: a file the index does not list is authenticated and
 * listed again, and named when the index was found cut (its entry was lost); with the index
 * whole, it is a new case whose save a crash stopped before its index entry, which is no damage.
 * An entry whose file is gone is named.
 */
function reconcileCaseFiles(dir: string, vaultId: string, key: Uint8Array, index: CaseIndex, indexCut: boolean): ErrorText[] {
  const warnings: ErrorText[] = [];
  const folder = path.join(dir, CASES_DIR);
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.rec')) : [];
  const onDisk = new Set(names.map((name) => name.slice(0, -'.rec'.length)));
  const listed = index.ids();
  for (const id of onDisk) {
    if (listed.has(id)) continue;
    try {
      const { value } = decodeRecord<unknown>(key, vaultId, 'case', id, readFileSync(path.join(folder, `${id}.rec`)), textOf('part.case', { id }));
      index.put(indexEntry(CaseRecord.parse(value)));
      if (indexCut) warnings.push(textOf('finding.at', { what: textOf('part.case', { id }), problem: textOf('finding.notInIndex') }));
    } catch (error) {
      warnings.push(textOf('finding.notCaseOfVault', { file: `${CASES_DIR}/${id}.rec`, problem: findingOf(error, textOf('record.cannotOpen', { what: textOf('part.case', { id }) })) }));
    }
  }
  for (const id of listed) {
    if (!onDisk.has(id)) warnings.push(textOf('finding.at', { what: textOf('part.case', { id }), problem: textOf('finding.fileMissing') }));
  }
  return warnings;
}
