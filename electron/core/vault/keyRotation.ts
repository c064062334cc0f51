import { textOf } from '../../../shared/errors';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { newKey, utf8 } from '../crypto/sodium';
import { fsyncDir } from '../files/durable';
import { AUDIT_FILE, auditTail, encodeAuditEntry, readAudit } from './audit';
import { CaseIndex, INDEX_FILE, JOURNAL_FILE } from './caseIndex';
import { CASES_DIR, caseFileName, readCase } from './caseStore';
import { crashPoint } from './crashPoints';
import { writeFileSynced } from './files';
import { ByteWriter } from './framing';
import type { Header } from './header';
import { writeHeader } from './headerMac';
import { resealSlot } from './keySlots';
import { decodeRecord, encodeRecord, readRecordHeader } from './records';
import { SIDE_RECORD_NAMES, SIDE_RECORD_PARTS, SIDE_RECORDS } from './sideRecords';
import type { VaultSession } from './session';
import { USERS_FILE } from './userRecords';
import type { UsersFile } from './users';
import { encodeHead, HEAD_FILE } from './vaultHead';

export const ROTATION_DIR = 'rotation';
const MANIFEST = 'manifest.json';
/** The staged files that replace the vault's own, in the order they are moved in. */
const STAGED_FILES = [USERS_FILE, AUDIT_FILE, INDEX_FILE, HEAD_FILE, ...Object.values(SIDE_RECORDS)];

export type Progress = (done: number, total: number) => void;

/**
 * Re-encrypts the whole vault under a new key without `removedSlotId`. The caller holds the
 * vault lock. Every record is staged in rotation/ and fsynced, with the folders, before the
 * header switch (the commit point); finishRotation then moves the staged files in, now or,
 * after a crash, at the next unlock. Returns the committed header.
 */
export function rotateKey(s: VaultSession, header: Header, users: UsersFile, removedSlotId: string | null, progress?: Progress): Header {
  const { dir, vaultId } = s;
  const oldGeneration = header.keyGeneration;
  const generation = oldGeneration + 1;
  const key = newKey();
  const staging = path.join(dir, ROTATION_DIR);
  // Whatever a crash left here was rolled forward or back when this session took the lock;
  // finishing again under the same header only removes an uncommitted staging.
  finishRotation(dir, header);
  mkdirSync(path.join(staging, CASES_DIR), { recursive: true, mode: 0o700 });
  // The manifest is written first and made durable: a staging without one was never committed.
  writeFileSynced(path.join(staging, MANIFEST), utf8(JSON.stringify({ generation })));
  fsyncDir(staging);
  fsyncDir(dir);
  crashPoint('rotation: manifest written');
  // The index is written whole (format 1) under the new key: its search texts are read first.
  s.index.loadSearch();
  const entries = s.index.list();
  const total = entries.length + 3;
  let done = 0;
  const step = () => progress?.(++done, total);
  for (const entry of entries) {
    const record = readCase(s, entry.id, entry.version);
    writeFileSynced(path.join(staging, CASES_DIR, caseFileName(record.id)), encodeRecord(key, vaultId, 'case', record.id, record.version, generation, record));
    crashPoint('rotation: case staged');
    step();
  }
  writeFileSynced(path.join(staging, USERS_FILE), encodeRecord(key, vaultId, 'users', 'users', 1, generation, users));
  crashPoint('rotation: users staged');
  for (const name of SIDE_RECORD_NAMES) {
    const file = path.join(dir, SIDE_RECORDS[name]);
    if (!existsSync(file)) continue;
    const { value, header: side } = decodeRecord<unknown>(s.vaultKey, vaultId, 'side', name, readFileSync(file), SIDE_RECORD_PARTS[name]);
    writeFileSynced(path.join(staging, SIDE_RECORDS[name]), encodeRecord(key, vaultId, 'side', name, side.version, generation, value));
  }
  step();
  const audit = readAudit(dir, (g) => (g === oldGeneration ? s.vaultKey : null), vaultId);
  const log = new ByteWriter();
  for (const entry of audit.entries) log.prefixed(encodeAuditEntry(key, vaultId, generation, entry).frame);
  writeFileSynced(path.join(staging, AUDIT_FILE), log.finish());
  crashPoint('rotation: audit staged');
  step();
  const snapshot = { entries: Object.fromEntries(entries.map((e) => [e.id, e])), journalSeq: 0 };
  writeFileSynced(path.join(staging, INDEX_FILE), encodeRecord(key, vaultId, 'index', 'index', 1, generation, snapshot));
  const head = { audit: { count: audit.state.nextSeq, hash: audit.state.prevHash }, index: { snapshot: 1, entries: 0 }, attempts: s.attemptsSeen };
  writeFileSynced(path.join(staging, HEAD_FILE), encodeHead(key, vaultId, generation, head));
  fsyncDir(path.join(staging, CASES_DIR));
  fsyncDir(staging);
  crashPoint('rotation: staged and synced');
  step();
  // The commit point: the new header seals the new key to every remaining slot.
  const slots = header.slots.filter((slot) => slot.id !== removedSlotId).map((slot) => resealSlot(slot, key, generation));
  const next = writeHeader(dir, { ...header, keyGeneration: generation, slots }, key);
  crashPoint('rotation: header committed');
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

/**
 * The key generation a staging was written for: its manifest's, or, should the manifest be
 * unreadable, that of its staged users record; null when neither says (nothing was staged
 * that a header could have committed, since the manifest is durable before any commit).
 */
function stagedGeneration(staging: string): number | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(staging, MANIFEST), 'utf8')) as { generation?: unknown };
    if (typeof manifest.generation === 'number') return manifest.generation;
  } catch {
    // Falls through to the staged users record.
  }
  try {
    return readRecordHeader(readFileSync(path.join(staging, USERS_FILE)), textOf('part.stagedUsers')).generation;
  } catch {
    return null;
  }
}

/**
 * Under the vault lock only: finishes a committed rotation or undoes an uncommitted one. A
 * staging belongs to the header whose key generation it carries: then it is rolled forward
 * (its files moved in, which a crash can interrupt and the next call resumes); one for a
 * generation the header never reached is removed (the old key still opens every file in
 * place). A staging is never removed while the header is the one it was written for.
 */
export function finishRotation(dir: string, header: Header): void {
  const staging = path.join(dir, ROTATION_DIR);
  if (!existsSync(staging)) return;
  const generation = stagedGeneration(staging);
  if (generation !== header.keyGeneration) {
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  // The journal's entries are under the old key and already in the staged snapshot; it goes
  // first, so that a crash part-way leaves only files the new snapshot replaces.
  rmSync(path.join(dir, JOURNAL_FILE), { force: true });
  crashPoint('rotation: old journal removed');
  const stagedCases = path.join(staging, CASES_DIR);
  for (const name of existsSync(stagedCases) ? readdirSync(stagedCases) : []) {
    renameSync(path.join(stagedCases, name), path.join(dir, CASES_DIR, name));
    crashPoint('rotation: case moved in');
  }
  for (const name of STAGED_FILES) {
    if (!existsSync(path.join(staging, name))) continue;
    renameSync(path.join(staging, name), path.join(dir, name));
    crashPoint('rotation: record moved in');
  }
  fsyncDir(path.join(dir, CASES_DIR));
  fsyncDir(dir);
  // The manifest goes last: until then an interrupted clean-up is still seen as this rotation.
  rmSync(stagedCases, { recursive: true, force: true });
  rmSync(path.join(staging, MANIFEST), { force: true });
  crashPoint('rotation: manifest removed');
  rmSync(staging, { recursive: true, force: true });
  fsyncDir(dir);
}
