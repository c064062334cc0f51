import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SafeholdError, schemaIssues, textOf } from '../../../shared/errors';
import { auditTail } from './audit';
import { writeFileAtomic } from './files';
import { decodeRecord, encodeRecord, readRecordHeader } from './records';
import { UserName, UsersFile } from './users';

export const USERS_FILE = 'users.rec';

export function readUsers(dir: string, vaultId: string, vaultKey: Uint8Array): UsersFile {
  const bytes = readFileSync(path.join(dir, USERS_FILE));
  const { value } = decodeRecord<unknown>(vaultKey, vaultId, 'users', 'users', bytes, textOf('part.users'));
  const parsed = UsersFile.safeParse(value);
  if (!parsed.success) throw new SafeholdError('users.recordDamaged', { issues: schemaIssues(parsed.error) });
  return parsed.data;
}

/** Writes the next version of the users record (version 1 when `first`). */
export function writeUsers(dir: string, vaultId: string, vaultKey: Uint8Array, generation: number, users: UsersFile, first = false): UsersFile {
  const version = first ? 1 : readRecordHeader(readFileSync(path.join(dir, USERS_FILE)), textOf('part.users')).version + 1;
  // The record carries the audit log's head: a log later found shorter than that was cut.
  const { nextSeq, prevHash } = auditTail(dir, vaultKey, vaultId);
  const anchored: UsersFile = { ...users, audit: { count: nextSeq, hash: prevHash } };
  writeFileAtomic(dir, path.join(dir, USERS_FILE), encodeRecord(vaultKey, vaultId, 'users', 'users', version, generation, anchored));
  return anchored;
}

export function parseName(name: string): string {
  const parsed = UserName.safeParse(name);
  if (!parsed.success) throw new SafeholdError('users.invalidName', { issues: schemaIssues(parsed.error) });
  return parsed.data.normalize('NFC');
}
