import { findingOf, textOf, type Damage, type ErrorText } from '../../../shared/errors';
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
import { readSideRecord, SIDE_RECORDS, SIDE_RECORD_NAMES, SIDE_RECORD_PARTS } from './sideRecords';
import { HEAD_FILE } from './vaultHead';

export interface DamageReport {
  ok: boolean;
  checked: number;
  problems: Damage[];
}

/** The whole audit chain, checked link by link. */
export function readAuditLog(s: VaultSession): { entries: AuditEntry[]; problem: ErrorText | null } {
  const reading = readAudit(s.dir, (g) => (g === s.generation ? s.vaultKey : null), s.vaultId);
  return { entries: reading.entries, problem: reading.problem?.text ?? null };
}

const same = (a: ErrorText, b: ErrorText) => JSON.stringify(a) === JSON.stringify(b);
/** What an error says about a record that did not open: its own words, or that it could not be opened. */
const cannotOpen = (error: unknown, what: ErrorText) => findingOf(error, textOf('record.cannotOpen', { what }));

/** Checks every record, the index and the audit chain; every intact record still opens. */
export function verifyVault(s: VaultSession): DamageReport {
  const problems: Damage[] = [];
  let checked = 0;
  const audit = readAudit(s.dir, (g) => (g === s.generation ? s.vaultKey : null), s.vaultId);
  problems.push(...foundAtUnlock(s, audit.entries));
  for (const warning of checkAnchors(s.dir, s.vaultId, s.vaultKey, s.index, s.users).warnings) {
    if (!problems.some((p) => same(p.problem, warning))) problems.push({ record: textOf('part.head'), problem: warning });
  }
  s.index.loadSearch();
  for (const problem of s.index.problems) problems.push({ record: textOf('part.caseIndex'), problem });
  const indexed = new Set<string>();
  // The version each case file was found at: the audit log's versions are checked against it below.
  const versionsRead = new Map<string, number>();
  for (const entry of s.index.list()) {
    indexed.add(entry.id);
    checked++;
    try {
      versionsRead.set(entry.id, readCase(s, entry.id, entry.version, false).version);
    } catch (error) {
      problems.push({ record: textOf('part.case', { id: entry.id }), problem: cannotOpen(error, textOf('part.case', { id: entry.id })) });
    }
  }
  const caseDir = path.join(s.dir, CASES_DIR);
  for (const name of existsSync(caseDir) ? readdirSync(caseDir) : []) {
    const id = name.replace(/\.rec$/, '');
    if (indexed.has(id)) continue;
    checked++;
    try {
      const { value, header } = decodeRecord<CaseRecord>(s.vaultKey, s.vaultId, 'case', id, readFileSync(path.join(caseDir, name)), textOf('part.case', { id }));
      versionsRead.set(id, header.version);
      s.index.put(indexEntry(value));
      problems.push({ record: textOf('part.case', { id }), problem: textOf('finding.notInIndex') });
    } catch (error) {
      problems.push({ record: textOf('part.file', { file: `${CASES_DIR}/${name}` }), problem: textOf('finding.notCaseOfIndex', { problem: cannotOpen(error, textOf('part.case', { id })) }) });
    }
  }
  try {
    readUsers(s.dir, s.vaultId, s.vaultKey);
  } catch (error) {
    problems.push({ record: textOf('part.users'), problem: cannotOpen(error, textOf('part.users')) });
  }
  for (const name of SIDE_RECORD_NAMES) {
    try {
      readSideRecord(s, name);
    } catch (error) {
      problems.push({ record: SIDE_RECORD_PARTS[name], problem: cannotOpen(error, SIDE_RECORD_PARTS[name]) });
    }
  }
  if (audit.problem) problems.push({ record: textOf('part.auditEntry', { n: audit.problem.index + 1 }), problem: audit.problem.text });
  problems.push(...olderThanLogged(s, audit.entries, versionsRead, new Set(problems.flatMap((p) => (p.record.key === 'part.case' ? [String(p.record.params.id)] : [])))));
  s.log('verify', problems.length ? `${problems.length} problem(s)` : 'intact');
  return { ok: problems.length === 0, checked, problems };
}

/**
 * Damage that an unlock found since the last verify: each unlock logs what it found (and the
 * vault head then follows the files as they are), so verify names it from the log, once,
 * whichever command unlocked first; this session's findings too, should the log not hold them.
 */
function foundAtUnlock(s: VaultSession, entries: AuditEntry[]): Damage[] {
  let since = entries.length;
  while (since > 0 && entries[since - 1]!.action !== 'verify') since--;
  const problems: Damage[] = entries
    .slice(since)
    .filter((e) => e.action === 'integrity-warning')
    .map((e) => ({ record: textOf('part.foundAtUnlockAt', { time: e.time }), problem: e.finding ?? textOf('finding.logged', { text: e.target }) }));
  for (const warning of s.warnings) if (!problems.some((p) => same(p.problem, warning))) problems.push({ record: textOf('part.foundAtUnlock'), problem: warning });
  return problems;
}

/**
 * Case files older than the audit log says they are: each entry names the case versions its
 * step wrote, so a file put back from an older copy is caught even when the index was rolled
 * back with it. A case the log saw written, that no deletion removed and that is gone, too.
 * A case verify has just read is taken at the version read, not read a second time.
 */
function olderThanLogged(s: VaultSession, entries: AuditEntry[], versionsRead: Map<string, number>, reported: Set<string>): Damage[] {
  const logged = new Map<string, number>();
  for (const entry of entries) {
    if (entry.action === 'case-delete') logged.delete(entry.target.split(':')[0]!);
    for (const [id, version] of Object.entries(entry.cases ?? {})) logged.set(id, Math.max(logged.get(id) ?? 0, version));
  }
  const problems: Damage[] = [];
  for (const [id, version] of logged) {
    if (reported.has(id)) continue;
    const file = path.join(s.dir, CASES_DIR, caseFileName(id));
    if (!versionsRead.has(id) && !existsSync(file)) {
      problems.push({ record: textOf('part.case', { id }), problem: textOf('finding.goneUnlogged', { version }) });
      continue;
    }
    try {
      const found = versionsRead.get(id) ?? readRecordHeader(readFileSync(file), textOf('part.case', { id })).version;
      if (found < version) problems.push({ record: textOf('part.case', { id }), problem: textOf('finding.olderThanLogged', { found, version }) });
    } catch (error) {
      problems.push({ record: textOf('part.case', { id }), problem: cannotOpen(error, textOf('part.case', { id })) });
    }
  }
  return problems;
}

/** The files a backup copies: every record of the vault that exists. */
export function backupFiles(s: VaultSession): string[] {
  return [USERS_FILE, AUDIT_FILE, HEAD_FILE, ATTEMPTS_FILE, INDEX_FILE, SEARCH_FILE, JOURNAL_FILE, ...Object.values(SIDE_RECORDS), ...s.index.list().map((e) => `${CASES_DIR}/${caseFileName(e.id)}`)].filter((f) => existsSync(path.join(s.dir, f)));
}
