import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newKey } from '../crypto/sodium';
import { AUDIT_FILE, auditTail, encodeAuditEntry, readAudit } from './audit';
import { CaseIndex, INDEX_FILE, JOURNAL_FILE } from './caseIndex';
import { CASES_DIR, caseFileName, readCase } from './caseStore';
import { ByteWriter } from './framing';
import { writeHeader, type Header } from './header';
import { resealSlot } from './keySlots';
import { decodeRecord, encodeRecord } from './records';
import { SIDE_RECORDS, SIDE_RECORD_NAMES } from './sideRecords';
import type { VaultSession } from './session';
import { USERS_FILE } from './userRecords';
import type { UsersFile } from './users';

const ROTATION_DIR = 'rotation';

export type Progress = (done: number, total: number) => void;

/**
 * Re-encrypts the whole vault under a new key without `removedSlotId`: every record goes into
 * rotation/ first; the header switch is the commit point; finishRotation moves the staged
 * files in (now, or on the next open after a crash). Returns the committed header.
 */
export function rotateKey(s: VaultSession, header: Header, users: UsersFile, removedSlotId: string | null, progress?: Progress): Header {
  const { dir, vaultId } = s;
  const oldGeneration = header.keyGeneration;
  const generation = oldGeneration + 1;
  const key = newKey();
  const staging = path.join(dir, ROTATION_DIR);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, CASES_DIR), { recursive: true, mode: 0o700 });
  // The index is written whole (format 1) under the new key: its search texts are read first.
  s.index.loadSearch();
  const entries = s.index.list();
  const total = entries.length + 3;
  let done = 0;
  const step = () => progress?.(++done, total);
  for (const entry of entries) {
    const record = readCase(s, entry.id, entry.version);
    writeFileSync(path.join(staging, CASES_DIR, caseFileName(record.id)), encodeRecord(key, vaultId, 'case', record.id, record.version, generation, record), { mode: 0o600 });
    step();
  }
  writeFileSync(path.join(staging, USERS_FILE), encodeRecord(key, vaultId, 'users', 'users', 1, generation, users), { mode: 0o600 });
  for (const name of SIDE_RECORD_NAMES) {
    const file = path.join(dir, SIDE_RECORDS[name]);
    if (!existsSync(file)) continue;
    const { value, header: side } = decodeRecord<unknown>(s.vaultKey, vaultId, 'side', name, readFileSync(file), `the ${name} record`);
    writeFileSync(path.join(staging, SIDE_RECORDS[name]), encodeRecord(key, vaultId, 'side', name, side.version, generation, value), { mode: 0o600 });
  }
  step();
  const audit = readAudit(dir, (g) => (g === oldGeneration ? s.vaultKey : null), vaultId);
  const log = new ByteWriter();
  for (const entry of audit.entries) log.prefixed(encodeAuditEntry(key, vaultId, generation, entry).frame);
  writeFileSync(path.join(staging, AUDIT_FILE), log.finish(), { mode: 0o600 });
  step();
  const snapshot = { entries: Object.fromEntries(entries.map((e) => [e.id, e])), journalSeq: 0 };
  writeFileSync(path.join(staging, INDEX_FILE), encodeRecord(key, vaultId, 'index', 'index', 1, generation, snapshot), { mode: 0o600 });
  writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify({ generation }));
  step();
  // The commit point: the new header seals the new key to every remaining slot.
  const slots = header.slots.filter((slot) => slot.id !== removedSlotId).map((slot) => resealSlot(slot, key, generation));
  const next: Header = { ...header, keyGeneration: generation, slots };
  writeHeader(dir, next);
  finishRotation(dir, next);
  s.replaceVaultKey(key, generation);
  s.users = users;
  s.index = new CaseIndex(dir, vaultId, key, generation);
  s.index.load();
  const { tornTail: _torn, ...tail } = auditTail(dir, key, vaultId);
  s.audit = tail;
  s.log('key-rotation', `generation ${generation}`);
  return next;
}

/** Finishes a committed rotation (moves its staged files in) or undoes an uncommitted one. */
export function finishRotation(dir: string, header: Header): void {
  const staging = path.join(dir, ROTATION_DIR);
  if (!existsSync(staging)) return;
  const manifestFile = path.join(staging, 'manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { generation: number }) : null;
  if (!manifest || manifest.generation !== header.keyGeneration) {
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  for (const name of readdirSync(path.join(staging, CASES_DIR))) renameSync(path.join(staging, CASES_DIR, name), path.join(dir, CASES_DIR, name));
  for (const name of [USERS_FILE, AUDIT_FILE, INDEX_FILE, ...Object.values(SIDE_RECORDS)]) {
    if (existsSync(path.join(staging, name))) renameSync(path.join(staging, name), path.join(dir, name));
  }
  rmSync(path.join(dir, JOURNAL_FILE), { force: true });
  rmSync(staging, { recursive: true, force: true });
}
