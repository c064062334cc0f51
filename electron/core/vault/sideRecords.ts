import { textOf, type ErrorText } from '../../../shared/errors';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../files/durable';
import { writeFileAtomic } from './files';
import { decodeRecord, encodeRecord, readRecordHeader } from './records';
import type { VaultSession } from './session';

/**
 * Small records of the vault beside the cases and users, each one encrypted file (kind
 * `side`, its name as id): the trusted contacts, the ledger of bundles sent and received, the
 * journal of a set of writes that must happen together, the ids of the cases deleted, and the
 * approved publications received in bundles. Key rotation, backup and verify cover every one.
 */
export const SIDE_RECORDS = {
  contacts: 'contacts.rec',
  exchange: 'exchange.rec',
  pending: 'pending.rec',
  settings: 'settings.rec',
  deleted: 'deleted.rec',
  publications: 'publications.rec',
} as const;
export type SideRecord = keyof typeof SIDE_RECORDS;
export const SIDE_RECORD_NAMES = Object.keys(SIDE_RECORDS) as SideRecord[];

/** How a damage message names each side record. */
export const SIDE_RECORD_PARTS: Record<SideRecord, ErrorText> = {
  contacts: textOf('part.contactsRecord'),
  exchange: textOf('part.exchangeRecord'),
  pending: textOf('part.pendingRecord'),
  settings: textOf('part.settingsRecord'),
  deleted: textOf('part.deletedRecord'),
  publications: textOf('part.publicationsRecord'),
};

export function readSideRecord(s: VaultSession, name: SideRecord): unknown {
  const file = path.join(s.dir, SIDE_RECORDS[name]);
  if (!existsSync(file)) return null;
  return decodeRecord<unknown>(s.vaultKey, s.vaultId, 'side', name, readFileSync(file), SIDE_RECORD_PARTS[name]).value;
}

/** Writes the next version of a side record, atomically. */
export function writeSideRecord(s: VaultSession, name: SideRecord, value: unknown): void {
  const file = path.join(s.dir, SIDE_RECORDS[name]);
  const version = existsSync(file) ? readRecordHeader(readFileSync(file), SIDE_RECORD_PARTS[name]).version + 1 : 1;
  writeFileAtomic(s.dir, file, encodeRecord(s.vaultKey, s.vaultId, 'side', name, version, s.generation, value));
}

export function removeSideRecord(s: VaultSession, name: SideRecord): void {
  const file = path.join(s.dir, SIDE_RECORDS[name]);
  if (!existsSync(file)) return;
  rmSync(file, { force: true });
  fsyncDir(s.dir);
}
