import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SafeholdError, schemaIssues, textOf } from '../../../shared/errors';
import { writeFileAtomic } from './files';
import { decodeRecord, encodeRecord } from './records';

export const HEAD_FILE = 'head.rec';

/** Where the audit log stood: its number of entries and the hash of the last ("" for none). */
export const AuditAnchor = z.strictObject({ count: z.number().int().min(0), hash: z.string().max(100) });
export type AuditAnchor = z.infer<typeof AuditAnchor>;

/**
 * The vault's head, an encrypted record rewritten after every audit entry: how far the audit
 * log, the case index and the failed-unlock log had come. Those files only grow (the index
 * resets its journal with a newer snapshot), so one found shorter or older than the head says
 * was cut, deleted or put back from an older copy; unlock and verify name it.
 */
export const VaultHead = z.strictObject({
  audit: AuditAnchor,
  index: z.strictObject({ snapshot: z.number().int().min(0), entries: z.number().int().min(0) }),
  /** Frames of attempts.log already read into the audit log. */
  attempts: z.number().int().min(0),
});
export type VaultHead = z.infer<typeof VaultHead>;

export function encodeHead(key: Uint8Array, vaultId: string, generation: number, head: VaultHead): Uint8Array {
  return encodeRecord(key, vaultId, 'head', 'head', head.audit.count, generation, head);
}

export function writeHead(dir: string, key: Uint8Array, vaultId: string, generation: number, head: VaultHead): void {
  writeFileAtomic(dir, path.join(dir, HEAD_FILE), encodeHead(key, vaultId, generation, head));
}

/** The head, or null when the file is absent (a vault from before heads, or one deleted: the caller tells which). */
export function readHead(dir: string, key: Uint8Array, vaultId: string): VaultHead | null {
  const file = path.join(dir, HEAD_FILE);
  if (!existsSync(file)) return null;
  const { value } = decodeRecord<unknown>(key, vaultId, 'head', 'head', readFileSync(file), textOf('part.vaultHead', { file: HEAD_FILE }));
  const parsed = VaultHead.safeParse(value);
  if (!parsed.success) throw new SafeholdError('vault.headDamaged', { file: HEAD_FILE, issues: schemaIssues(parsed.error) });
  return parsed.data;
}
