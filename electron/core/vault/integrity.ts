import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_FILE, readAudit, type AuditEntry } from './audit';
import { INDEX_FILE, JOURNAL_FILE, SEARCH_FILE } from './caseIndex';
import { CASES_DIR, caseFileName, indexEntry, readCase } from './caseStore';
import type { CaseRecord } from './caseRecord';
import { decodeRecord } from './records';
import type { VaultSession } from './session';
import { readUsers, USERS_FILE } from './userRecords';
import { readSideRecord, SIDE_RECORDS, SIDE_RECORD_NAMES } from './sideRecords';

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
      const { value } = decodeRecord<CaseRecord>(s.vaultKey, s.vaultId, 'case', id, readFileSync(path.join(caseDir, name)), `case ${id}`);
      s.index.put(indexEntry(value));
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
  const audit = readAudit(s.dir, (g) => (g === s.generation ? s.vaultKey : null), s.vaultId);
  if (audit.problem) problems.push({ record: `audit log entry ${audit.problem.index + 1}`, message: audit.problem.message });
  s.log('verify', problems.length ? `${problems.length} problem(s)` : 'intact');
  return { ok: problems.length === 0, checked, problems };
}

/** The files a backup copies: every record of the vault that exists. */
export function backupFiles(s: VaultSession): string[] {
  return [USERS_FILE, AUDIT_FILE, INDEX_FILE, SEARCH_FILE, JOURNAL_FILE, ...Object.values(SIDE_RECORDS), ...s.index.list().map((e) => `${CASES_DIR}/${caseFileName(e.id)}`)].filter((f) => existsSync(path.join(s.dir, f)));
}
