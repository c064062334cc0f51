import { textOf } from '../../../shared/errors';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ATTEMPTS_FILE, AUDIT_FILE, readAudit, type AuditEntry } from './audit';
import { INDEX_FILE, JOURNAL_FILE, SEARCH_FILE } from './caseIndex';
import { CASES_DIR, caseFileName, indexEntry, readCase } from './caseStore';
import type { CaseRecord } from './caseRecord';
import { checkAnchors } from './integrityChecks';
import { decodeRecord, readRecordHeader } from './records';
import type { VaultSession } from './session';
import { readUsers, USERS_FILE } from './userRecords';
import { readSideRecord, SIDE_RECORDS, SIDE_RECORD_NAMES } from './sideRecords';
import { HEAD_FILE } from './vaultHead';

export interface DamageReport {
  ok: boolean;
  checked: number;
  problems: { record: string; message: string }[];
}

/** The whole audit chain, checked link by link. */
export function readAuditLog(s: VaultSession): { entries: AuditEntry[]; problem: string | null } {
  const reading = readAudit(s.dir, (g) => (g === s.generation ? s.vaultKey : null), s.vaultId);
  return { entries: reading.entries, problem: reading.problem?.message ?? null };
}

/** Checks every record, the index and the audit chain; every intact record still opens. */
export function verifyVault(s: VaultSession): DamageReport {
  const problems: DamageReport['problems'] = [];
  let checked = 0;
  const audit = readAudit(s.dir, (g) => (g === s.generation ? s.vaultKey : null), s.vaultId);
  problems.push(...foundAtUnlock(s, audit.entries));
  for (const warning of checkAnchors(s.dir, s.vaultId, s.vaultKey, s.index, s.users).warnings) {
    if (!problems.some((p) => p.message === warning)) problems.push({ record: 'vault head', message: warning });
  }
  s.index.loadSearch();
  for (const problem of s.index.problems) problems.push({ record: 'case index', message: problem });
  const indexed = new Set<string>();
  for (const entry of s.index.list()) {
    indexed.add(entry.id);
    checked++;
    try {
      readCase(s, entry.id, entry.version, false);
    } catch (error) {
      problems.push({ record: `case ${entry.id}`, message: (error as Error).message.replace(/^case \S+:? /, '') });
    }
  }
  const caseDir = path.join(s.dir, CASES_DIR);
  for (const name of existsSync(caseDir) ? readdirSync(caseDir) : []) {
    const id = name.replace(/\.rec$/, '');
    if (indexed.has(id)) continue;
    checked++;
    try {
      const { value } = decodeRecord<CaseRecord>(s.vaultKey, s.vaultId, 'case', id, readFileSync(path.join(caseDir, name)), textOf('part.case', { id }));
      s.index.put(indexEntry(value));
      problems.push({ record: `case ${id}`, message: 'its file was not in the case index (an index entry was lost); it is listed again' });
    } catch (error) {
      problems.push({ record: `file cases/${name}`, message: `not a case of this vault's index: ${(error as Error).message}` });
    }
  }
  try {
    readUsers(s.dir, s.vaultId, s.vaultKey);
  } catch (error) {
    problems.push({ record: 'users', message: (error as Error).message });
  }
  for (const name of SIDE_RECORD_NAMES) {
    try {
      readSideRecord(s, name);
    } catch (error) {
      problems.push({ record: name, message: (error as Error).message });
    }
  }
  if (audit.problem) problems.push({ record: `audit log entry ${audit.problem.index + 1}`, message: audit.problem.message });
  problems.push(...olderThanLogged(s, audit.entries, new Set(problems.map((p) => p.record))));
  s.log('verify', problems.length ? `${problems.length} problem(s)` : 'intact');
  return { ok: problems.length === 0, checked, problems };
}

/**
 * Damage that an unlock found since the last verify: each unlock logs what it found (and the
 * vault head then follows the files as they are), so verify names it from the log, once,
 * whichever command unlocked first; this session's findings too, should the log not hold them.
 */
function foundAtUnlock(s: VaultSession, entries: AuditEntry[]): DamageReport['problems'] {
  let since = entries.length;
  while (since > 0 && entries[since - 1]!.action !== 'verify') since--;
  const problems = entries.slice(since).filter((e) => e.action === 'integrity-warning').map((e) => ({ record: `found at unlock (${e.time})`, message: e.target }));
  for (const warning of s.warnings) if (!problems.some((p) => p.message === warning)) problems.push({ record: 'found at unlock', message: warning });
  return problems;
}

/**
 * Case files older than the audit log says they are: each entry names the case versions its
 * step wrote, so a file put back from an older copy is caught even when the index was rolled
 * back with it. A case the log saw written, that no deletion removed and that is gone, too.
 */
function olderThanLogged(s: VaultSession, entries: AuditEntry[], reported: Set<string>): DamageReport['problems'] {
  const logged = new Map<string, number>();
  for (const entry of entries) {
    if (entry.action === 'case-delete') logged.delete(entry.target.split(':')[0]!);
    for (const [id, version] of Object.entries(entry.cases ?? {})) logged.set(id, Math.max(logged.get(id) ?? 0, version));
  }
  const problems: DamageReport['problems'] = [];
  for (const [id, version] of logged) {
    if (reported.has(`case ${id}`)) continue;
    const file = path.join(s.dir, CASES_DIR, caseFileName(id));
    if (!existsSync(file)) {
      problems.push({ record: `case ${id}`, message: `the audit log records version ${version}, but its file is gone and no deletion was logged (removed by hand)` });
      continue;
    }
    try {
      const found = readRecordHeader(readFileSync(file), textOf('part.case', { id })).version;
      if (found < version) problems.push({ record: `case ${id}`, message: `the file is version ${found}, but the audit log records version ${version} (an older copy was put back)` });
    } catch (error) {
      problems.push({ record: `case ${id}`, message: (error as Error).message });
    }
  }
  return problems;
}

/** The files a backup copies: every record of the vault that exists. */
export function backupFiles(s: VaultSession): string[] {
  return [USERS_FILE, AUDIT_FILE, HEAD_FILE, ATTEMPTS_FILE, INDEX_FILE, SEARCH_FILE, JOURNAL_FILE, ...Object.values(SIDE_RECORDS), ...s.index.list().map((e) => `${CASES_DIR}/${caseFileName(e.id)}`)].filter((f) => existsSync(path.join(s.dir, f)));
}
