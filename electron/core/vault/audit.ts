import path from 'node:path';
import { findingOf, textOf, type ErrorText } from '../../../shared/errors';
import { fromBase64, fromUtf8, hash, open, openSealed, seal, sealTo, toBase64, utf8 } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { appendFrame, readFrames } from './files';
import { decodeSealedEntry, encodeSealedEntry } from './framing';

export const AUDIT_FILE = 'audit.log';
export const ATTEMPTS_FILE = 'attempts.log';

export const AUDIT_ACTIONS = [
  'vault-create', 'unlock', 'unlock-failed', 'lock', 'case-create', 'case-view', 'case-edit', 'case-import', 'case-export', 'case-delete',
  'approval', 'integrity-warning', 'user-add', 'user-remove', 'passphrase-change', 'recovery-reset', 'key-rotation', 'backup', 'restore', 'verify', 'vault-upgrade',
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
  /** The case versions written by the step this entry records: verify finds a case file older than that. */
  cases?: Record<string, number>;
  /** An integrity warning's finding, to be worded in the reader's language (`target` holds its English). */
  finding?: ErrorText;
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

export function appendAudit(dir: string, key: Uint8Array, vaultId: string, generation: number, state: AuditState, item: Pick<AuditEntry, 'user' | 'action' | 'target' | 'cases' | 'finding'>): AuditState {
  const entry: AuditEntry = { seq: state.nextSeq, time: new Date().toISOString(), prev: state.prevHash, ...item };
  const { frame: bytes, entryHash } = encodeAuditEntry(key, vaultId, generation, entry);
  const validLength = appendFrame(path.join(dir, AUDIT_FILE), bytes, state.validLength);
  return { nextSeq: state.nextSeq + 1, prevHash: entryHash, validLength };
}

export interface AuditReading {
  entries: AuditEntry[];
  state: AuditState;
  /** The first broken link, if any: its position and what is wrong. */
  problem: { index: number; text: ErrorText } | null;
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
      parts = decodeSealedEntry(frames[i]!, textOf('part.auditEntry', { n: i + 1 }));
    } catch (error) {
      problem = { index: i, text: findingOf(error, textOf('finding.auditEntryDamaged', { n: i + 1 })) };
      break;
    }
    const { generation, seq, sealed } = parts;
    const key = keyFor(generation);
    if (!key || seq !== i) {
      problem = { index: i, text: textOf('finding.auditOutOfOrder', { n: i + 1 }) };
      break;
    }
    try {
      const plain = open(key, sealed, associatedData(vaultId, 'audit', 'log', seq, generation), textOf('part.auditEntry', { n: i + 1 }));
      const entry = JSON.parse(fromUtf8(plain)) as AuditEntry;
      if (entry.prev !== prevHash || entry.seq !== i) {
        problem = { index: i, text: textOf('finding.auditChainBroken', { n: i + 1, previous: i }) };
        break;
      }
      prevHash = toBase64(hash(plain));
      entries.push(entry);
    } catch (error) {
      problem = { index: i, text: findingOf(error, textOf('finding.auditEntryDamaged', { n: i + 1 })) };
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
  const { generation, seq, sealed } = decodeSealedEntry(last, textOf('part.auditEntry', { n: frames.length }));
  const plain = open(key, sealed, associatedData(vaultId, 'audit', 'log', seq, generation), textOf('part.auditEntry', { n: frames.length }));
  return { nextSeq: frames.length, prevHash: toBase64(hash(plain)), validLength, tornTail: torn };
}

/**
 * attempts.log holds sealed failed unlocks and, after each successful unlock, a marker: the
 * delay counts the failures after the last marker. The log is never emptied, so a vault head
 * (vaultHead.ts) can say how long it was: one found shorter was cut or deleted, which would
 * otherwise reset the delay unseen. A marker is MARKER and a seal under the vault key bound to
 * its position, so one written by hand (to reset the delay) is told from a real one.
 */
const MARKER = utf8('SHUNLOCK');

const isMarker = (frame: Uint8Array) => frame.length > MARKER.length && MARKER.every((b, i) => frame[i] === b);
const markerAd = (vaultId: string, position: number, generation: number) => associatedData(vaultId, 'audit', 'unlock-marker', position, generation);

/** A failed unlock, sealed so that only someone who can unlock may read it. */
export function recordFailedAttempt(dir: string, auditPublicKey: string, name: string): void {
  const sealed = sealTo(utf8(JSON.stringify({ time: new Date().toISOString(), name })), fromBase64(auditPublicKey));
  appendFrame(path.join(dir, ATTEMPTS_FILE), sealed);
}

/** Failures since the last successful unlock. */
export function failedAttemptCount(dir: string): number {
  const { frames } = readFrames(path.join(dir, ATTEMPTS_FILE));
  let count = 0;
  for (let i = frames.length - 1; i >= 0 && !isMarker(frames[i]!); i--) count++;
  return count;
}

export interface AttemptsReading {
  failures: { time: string; name: string }[];
  /** Frames in the log now. */
  total: number;
  /** Markers after `from` that Safehold did not write. */
  forgedMarkers: number;
}

/** The failures and markers from frame `from` on, read with the audit key. */
export function readFailedAttempts(dir: string, from: number, keys: { auditPublicKey: string; auditPrivateKey: Uint8Array; vaultKey: Uint8Array; vaultId: string; generation: number }): AttemptsReading {
  const { frames } = readFrames(path.join(dir, ATTEMPTS_FILE));
  const reading: AttemptsReading = { failures: [], total: frames.length, forgedMarkers: 0 };
  frames.forEach((frame, position) => {
    if (position < from) return;
    if (isMarker(frame)) {
      try {
        open(keys.vaultKey, frame.subarray(MARKER.length), markerAd(keys.vaultId, position, keys.generation), textOf('part.unlockMarker'));
      } catch {
        reading.forgedMarkers++;
      }
      return;
    }
    try {
      reading.failures.push(JSON.parse(fromUtf8(openSealed(frame, fromBase64(keys.auditPublicKey), keys.auditPrivateKey, textOf('part.failedAttempt')))) as { time: string; name: string });
    } catch {
      reading.forgedMarkers++;
    }
  });
  return reading;
}

/** Marks a successful unlock: the delay starts again from none. Returns the frames in the log. */
export function markUnlock(dir: string, vaultKey: Uint8Array, vaultId: string, generation: number): number {
  const file = path.join(dir, ATTEMPTS_FILE);
  const position = readFrames(file).frames.length;
  const marker = new Uint8Array([...MARKER, ...seal(vaultKey, new Uint8Array(0), markerAd(vaultId, position, generation))]);
  appendFrame(file, marker);
  return position + 1;
}

/**
 * What is wrong when the audit log does not reach an anchor that `holder` recorded (its entry
 * count and the hash of the last entry), or null when it does.
 */
export function anchorProblem(frames: Uint8Array[], key: Uint8Array, vaultId: string, anchor: { count: number; hash: string }, holder: ErrorText): ErrorText | null {
  if (anchor.count === 0) return null;
  if (frames.length === 0) return textOf('finding.auditDeleted', { file: AUDIT_FILE, holder, count: anchor.count });
  if (frames.length < anchor.count) {
    return textOf('finding.auditCut', { file: AUDIT_FILE, found: frames.length, holder, count: anchor.count, cut: anchor.count - frames.length });
  }
  try {
    const { generation, seq, sealed } = decodeSealedEntry(frames[anchor.count - 1]!, textOf('part.auditEntry', { n: anchor.count }));
    const plain = open(key, sealed, associatedData(vaultId, 'audit', 'log', seq, generation), textOf('part.auditEntry', { n: anchor.count }));
    if (toBase64(hash(plain)) === anchor.hash) return null;
  } catch {
    // Reported below like a changed entry.
  }
  return textOf('finding.auditReplaced', { file: AUDIT_FILE, count: anchor.count, holder });
}

/** Seconds to wait before the next try: none for the first two failures, then doubling to 30. */
export function unlockDelaySeconds(failures: number): number {
  return failures < 2 ? 0 : Math.min(30, 2 ** (failures - 2));
}
