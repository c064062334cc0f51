import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SafeholdError } from '../../../shared/errors';
import { equalBytes, hash, randomBytes, toBase64 } from '../crypto/sodium';
import { fsyncDir, writeSynced } from '../files/durable';
import { readRegularBytes } from '../files/regularFile';
import { MAX_BUNDLE_BYTES } from './container';

export const BUNDLE_EXTENSION = '.safehold-bundle';

/** A file name that says nothing: no date, no name, no count. */
export const anonymousBundleName = (): string => `${toBase64(randomBytes(6))}${BUNDLE_EXTENSION}`;

/**
 * Writes a sealed bundle next to where it goes (a temp file in the same folder, fsync, rename,
 * fsync of the folder), never over an existing file, then reads it back from the stick and
 * compares: a stick that does not keep what it was given is found now, not at the other end.
 * Only ciphertext ever touches the disk.
 */
export function writeBundleFile(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) throw new SafeholdError('folder.missing', { folder: dir });
  if (existsSync(file)) throw new SafeholdError('bundle.fileExists', { file });
  const tmp = path.join(dir, `.${toBase64(randomBytes(9))}.tmp`);
  try {
    writeSynced(tmp, bytes, 0o600);
    renameSync(tmp, file);
    fsyncDir(dir);
  } catch (error) {
    rmSync(tmp, { force: true });
    if (error instanceof SafeholdError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SafeholdError(code === 'ENOSPC' ? 'bundle.diskFull' : 'bundle.writeFailed', { folder: dir, reason: code ?? '?' });
  }
  const back = new Uint8Array(readFileSync(file));
  if (!equalBytes(hash(back), hash(bytes))) {
    rmSync(file, { force: true });
    throw new SafeholdError('bundle.readBack', { folder: dir });
  }
}

export const readBundleFile = (file: string): Uint8Array => readRegularBytes(file, file, MAX_BUNDLE_BYTES);
