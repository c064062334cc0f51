import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import { kdfRange } from '../crypto/kdfPolicy';
import { equalBytes, fromUtf8, hash, open, seal, utf8, wipe, type KdfParams } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { writeFileAtomic } from './files';
import { ByteReader, ByteWriter } from './framing';
import { Header } from './header';
import { headerChanges, writeHeader } from './headerMac';
import { openUserSlot, type SlotKeys } from './keySlots';
import { CASES_DIR } from './caseStore';
import type { DamageReport } from './integrity';
import type { Progress } from './keyRotation';
import { Vault } from './vault';

const MAGIC = utf8('SHB1');

const backupAd = (vaultId: string, index: number, count: number, generation: number) => associatedData(vaultId, 'backup', index, count, generation);

interface Entry {
  name: string;
  data: Uint8Array;
}

function packEntry({ name, data }: Entry): Uint8Array {
  const nameBytes = utf8(name);
  return new ByteWriter().u16(nameBytes.length).bytes(nameBytes).bytes(data).finish();
}

function unpackEntry(bytes: Uint8Array, what: ErrorText): Entry {
  const reader = new ByteReader(bytes, what);
  const name = fromUtf8(reader.bytes(reader.u16()));
  return { name, data: reader.rest().slice() };
}

/** Reads a backup's parts; each entry's position and the entry count are bound into its encryption. */
function readBackup(file: string): { header: Header; sealed: Uint8Array[] } {
  const bytes = new Uint8Array(readFileSync(file));
  if (bytes.length < 12 || !equalBytes(bytes.subarray(0, 4), MAGIC)) throw new SafeholdError('backup.notBackup', { file });
  const reader = new ByteReader(bytes, textOf('part.file', { file }));
  reader.bytes(MAGIC.length);
  const header = Header.parse(JSON.parse(fromUtf8(reader.prefixed())));
  const count = reader.u32();
  const sealed: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    if (reader.remaining < 4) throw new SafeholdError('backup.truncatedAfter', { file, done: i, count });
    const length = reader.u32();
    if (length > reader.remaining) throw new SafeholdError('backup.truncatedIn', { file, n: i + 1, count });
    sealed.push(reader.bytes(length));
  }
  return { header, sealed };
}

/**
 * Writes the whole vault as one encrypted file in `folder`, then reads it back and checks
 * every entry against the vault before it reports success.
 */
export function backupVault(vault: Vault, folder: string, progress?: Progress): { file: string; entries: number } {
  const { header, key, files } = vault.backupMaterial();
  if (!existsSync(folder)) throw new SafeholdError('backup.folderMissing', { folder });
  const entries = files.map((name) => ({ name, data: new Uint8Array(readFileSync(path.join(vault.dir, name))) }));
  const headerBytes = utf8(JSON.stringify(header));
  const writer = new ByteWriter().bytes(MAGIC).prefixed(headerBytes).u32(entries.length);
  entries.forEach((entry, i) => {
    writer.prefixed(seal(key, packEntry(entry), backupAd(header.vaultId, i, entries.length, header.keyGeneration)));
    progress?.(i + 1, entries.length * 2);
  });
  const file = path.join(folder, `safehold-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.shb`);
  writeFileAtomic(folder, file, writer.finish());
  // Verified after writing: every entry opens and matches what the vault holds.
  const written = readBackup(file);
  written.sealed.forEach((sealed, i) => {
    const what = textOf('part.backupEntry', { n: i + 1 });
    const entry = unpackEntry(open(key, sealed, backupAd(header.vaultId, i, written.sealed.length, header.keyGeneration), what), what);
    const source = entries[i]!;
    if (entry.name !== source.name || !equalBytes(hash(entry.data), hash(source.data))) {
      throw new SafeholdError('backup.readBackFailed', { entry: entry.name });
    }
    progress?.(entries.length + i + 1, entries.length * 2);
  });
  vault.recordAudit('backup', `${entries.length} files to ${path.basename(file)}`);
  return { file, entries: entries.length };
}

/**
 * Restores a backup into a new, empty folder: the user's passphrase opens it, every entry
 * is checked, and the restored vault is verified before this returns.
 */
export async function restoreVault(backupFile: string, folder: string, name: string, passphrase: string, progress?: Progress, kdf?: KdfParams): Promise<DamageReport> {
  const { header, sealed } = readBackup(backupFile);
  if (existsSync(folder) && readdirSync(folder).length) throw new SafeholdError('backup.restoreNotEmpty', { folder });
  let keys: SlotKeys;
  try {
    ({ keys } = await openUserSlot(header, name, passphrase, kdfRange(kdf)));
  } catch (error) {
    if (error instanceof SafeholdError && error.code === 'unauthorized') throw new SafeholdError('backup.wrongPassphrase');
    throw error;
  }
  try {
    mkdirSync(path.join(folder, CASES_DIR), { recursive: true, mode: 0o700 });
    sealed.forEach((bytes, i) => {
      const what = textOf('part.backupEntry', { n: i + 1 });
      const entry = unpackEntry(open(keys.vaultKey, bytes, backupAd(header.vaultId, i, sealed.length, header.keyGeneration), what), what);
      const target = path.resolve(folder, entry.name);
      if (path.relative(folder, target).startsWith('..')) throw new SafeholdError('backup.entryOutside', { entry: entry.name });
      writeFileAtomic(folder, target, entry.data);
      progress?.(i + 1, sealed.length + 1);
    });
    if (header.formatVersion !== 1 && headerChanges(header, keys.vaultKey).length) {
      throw new SafeholdError('backup.headerChanged', { problems: headerChanges(header, keys.vaultKey) });
    }
    writeHeader(folder, header, keys.vaultKey);
  } finally {
    wipe(keys.vaultKey);
    wipe(keys.boxPrivateKey);
    wipe(keys.signPrivateKey);
  }
  const vault = await Vault.open(folder, kdf ? { kdf } : {});
  await vault.unlock(name, passphrase);
  try {
    const report = vault.verify();
    vault.recordAudit('restore', `from ${path.basename(backupFile)}`);
    progress?.(sealed.length + 1, sealed.length + 1);
    return report;
  } finally {
    vault.lock();
  }
}
