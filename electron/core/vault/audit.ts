import path from 'node:path';
import { SafeholdError } from '../../../shared/errors';
import { fromBase64, fromUtf8, hash, open, openSealed, seal, sealTo, toBase64, utf8 } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { appendFrame, readFrames } from './files';
import { decodeSealedEntry, encodeSealedEntry } from './framing';

export const AUDIT_FILE = 'audit.log';
export const ATTEMPTS_FILE = 'attempts.log';

export const AUDIT_ACTIONS = [
  'vault-create', 'unlock', 'unlock-failed', 'lock', 'case-create', 'case-view', 'case-edit', 'case-import', 'case-export', 'case-delete',
  'approval', 'user-add', 'user-remove', 'passphrase-change', 'recovery-reset', 'key-rotation', 'backup', 'restore', 'verify', 'vault-upgrade',
  'contact-add', 'contact-revoke', 'bundle-send', 'bundle-receive', 'bundle-refused', 'vault-mode',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did what to which target, when; never any case content. */
export interface AuditEntry {
  seq: number;
  time: string;
  user: string;
  action: AuditAction;
  target: string;
  /** BLAKE2b of the previous entry's bytes: removing or reordering entries breaks the chain. */
  prev: string;
}

export interface AuditState {
  nextSeq: number;
  prevHash: string;
  validLength: number;
}

export function encodeAuditEntry(key: Uint8Array, vaultId: string, generation: number, entry: AuditEntry): { frame: Uint8Array; entryHash: string } {
  const plain = utf8(JSON.stringify(entry));
  const sealed = seal(key, plain, associatedData(vaultId, 'audit', 'log', entry.seq, generation));
  return { frame: encodeSealedEntry({ generation, seq: entry.seq, sealed }), entryHash: toBase64(hash(plain)) };
}

export function appendAudit(dir: string, key: Uint8Array, vaultId: string, generation: number, state: AuditState, item: Pick<AuditEntry, 'user' | 'action' | 'target'>): AuditState {
  const entry: AuditEntry = { seq: state.nextSeq, time: new Date().toISOString(), prev: state.prevHash, ...item };
  const { frame: bytes, entryHash } = encodeAuditEntry(key, vaultId, generation, entry);
  const validLength = appendFrame(path.join(dir, AUDIT_FILE), bytes, state.validLength);
  return { nextSeq: state.nextSeq + 1, prevHash: entryHash, validLength };
}

export interface AuditReading {
  entries: AuditEntry[];
  state: AuditState;
  /** The first broken link, if any: its position and what is wrong. */
  problem: { index: number; message: string } | null;
  /** Only a torn last entry, as a crash during an append leaves. */
  tornTail: boolean;
}

/** Reads and checks the whole chain: every entry opens, numbers run on, every link matches. */
export function readAudit(dir: string, keyFor: (generation: number) => Uint8Array | null, vaultId: string): AuditReading {
  const { frames, validLength, torn } = readFrames(path.join(dir, AUDIT_FILE));
  const entries: AuditEntry[] = [];
  let prevHash = '';
  let problem: AuditReading['problem'] = null;
  for (let i = 0; i < frames.length && !problem; i++) {
    let parts;
    try {
      parts = decodeSealedEntry(frames[i]!, `audit entry ${i + 1}`);
    } catch (error) {
      problem = { index: i, message: (error as Error).message };
      break;
    }
    const { generation, seq, sealed } = parts;
    const key = keyFor(generation);
    if (!key || seq !== i) {
      problem = { index: i, message: `audit entry ${i + 1} is out of order or from another key` };
      break;
    }
    try {
      const plain = open(key, sealed, associatedData(vaultId, 'audit', 'log', seq, generation), `audit entry ${i + 1}`);
      const entry = JSON.parse(fromUtf8(plain)) as AuditEntry;
      if (entry.prev !== prevHash || entry.seq !== i) {
        problem = { index: i, message: `audit entry ${i + 1} does not follow entry ${i}: the chain was broken (an entry removed, changed or reordered)` };
        break;
      }
      prevHash = toBase64(hash(plain));
      entries.push(entry);
    } catch (error) {
      problem = { index: i, message: error instanceof SafeholdError ? error.message : `audit entry ${i + 1} is damaged` };
    }
  }
  return { entries, state: { nextSeq: entries.length, prevHash, validLength }, problem, tornTail: !problem && torn };
}

/**
 * Where the next entry goes: the number of entries and the hash of the last one. Only the
 * last entry is opened, so unlocking costs the same however long the log has grown; the
 * whole chain is checked by verify and by the audit view.
 */
export function auditTail(dir: string, key: Uint8Array, vaultId: string): AuditState & { tornTail: boolean } {
  const { frames, validLength, torn } = readFrames(path.join(dir, AUDIT_FILE));
  const last = frames[frames.length - 1];
  if (!last) return { nextSeq: 0, prevHash: '', validLength, tornTail: torn };
  const { generation, seq, sealed } = decodeSealedEntry(last, `audit entry ${frames.length}`);
  const plain = open(key, sealed, associatedData(vaultId, 'audit', 'log', seq, generation), `audit entry ${frames.length}`);
  return { nextSeq: frames.length, prevHash: toBase64(hash(plain)), validLength, tornTail: torn };
}

/** A failed unlock, sealed so that only someone who can unlock may read it. */
export function recordFailedAttempt(dir: string, auditPublicKey: string, name: string): number {
  const sealed = sealTo(utf8(JSON.stringify({ time: new Date().toISOString(), name })), fromBase64(auditPublicKey));
  appendFrame(path.join(dir, ATTEMPTS_FILE), sealed);
  return readFrames(path.join(dir, ATTEMPTS_FILE)).frames.length;
}

export function failedAttemptCount(dir: string): number {
  return readFrames(path.join(dir, ATTEMPTS_FILE)).frames.length;
}

export function readFailedAttempts(dir: string, auditPublicKey: string, auditPrivateKey: Uint8Array): { time: string; name: string }[] {
  return readFrames(path.join(dir, ATTEMPTS_FILE)).frames.flatMap((sealed) => {
    try {
      return [JSON.parse(fromUtf8(openSealed(sealed, fromBase64(auditPublicKey), auditPrivateKey, 'failed attempt'))) as { time: string; name: string }];
    } catch {
      return [];
    }
  });
}

/** Seconds to wait before the next try: none for the first two failures, then doubling to 30. */
export function unlockDelaySeconds(failures: number): number {
  return failures < 2 ? 0 : Math.min(30, 2 ** (failures - 2));
}
