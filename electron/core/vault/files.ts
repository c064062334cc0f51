import { closeSync, fsyncSync, ftruncateSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SafeholdError } from '../../../shared/errors';
import { fsyncDir, writeSynced } from '../files/durable';
import { frame as lengthPrefixed, splitFrames, type Frames } from './framing';

export const TMP_DIR = 'tmp';

let counter = 0;

/**
 * Writes a new file and fsyncs it before returning: for files whose durability a later step
 * depends on (a key rotation's staged files, before the header commits them). The folder
 * holding it still needs its own fsyncDir.
 */
export function writeFileSynced(file: string, data: Uint8Array): void {
  try {
    writeSynced(file, data, 0o600, 'w');
  } catch (error) {
    throw diskError(error, file);
  }
}

/**
 * Replaces a file so that a crash leaves the old or the new content, never a torn one:
 * write a temp file in the vault's tmp/ folder, fsync it, rename it over the target, fsync
 * the folder. tmp/ sits on the same disk as the target, so the rename is atomic.
 */
export function writeFileAtomic(vaultDir: string, target: string, data: Uint8Array): void {
  const tmpDir = path.join(vaultDir, TMP_DIR);
  mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
  const tmp = path.join(tmpDir, `${process.pid}-${Date.now()}-${counter++}.tmp`);
  try {
    writeSynced(tmp, data, 0o600);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw diskError(error, target);
  }
  fsyncDir(path.dirname(target));
}

function diskError(error: unknown, target: string): SafeholdError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new SafeholdError('disk.full', { file: path.basename(target) });
  if (code === 'EACCES' || code === 'EPERM') return new SafeholdError('disk.notAllowed', { file: target });
  return new SafeholdError('disk.writeFailed', { file: path.basename(target), reason: code ?? '?' });
}

/**
 * Overwrites a file with zeros, flushes it, then removes it. On a hard disk this leaves
 * nothing of it to recover; on flash and copy-on-write file systems the old blocks may
 * survive the overwrite, which is why what the file held was encrypted in the first place.
 */
export function eraseFile(target: string): void {
  if (!existsSync(target)) return;
  const fd = openSync(target, 'r+');
  try {
    const size = statSync(target).size;
    const zeros = new Uint8Array(Math.min(size, 1 << 20));
    let written = 0;
    while (written < size) written += writeSync(fd, zeros, 0, Math.min(zeros.length, size - written), written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    throw diskError(error, target);
  }
  closeSync(fd);
  rmSync(target, { force: true });
  fsyncDir(path.dirname(target));
}

/** Removes what interrupted writes left behind: only our own temp files, in tmp/. */
export function cleanTemp(vaultDir: string): number {
  const tmpDir = path.join(vaultDir, TMP_DIR);
  if (!existsSync(tmpDir)) return 0;
  let removed = 0;
  for (const name of readdirSync(tmpDir)) {
    if (!name.endsWith('.tmp')) continue;
    rmSync(path.join(tmpDir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * Appends one length-prefixed frame and fsyncs it. A crash can leave only a torn last
 * frame, which readFrames() reports and the next append replaces.
 */
export function appendFrame(file: string, payload: Uint8Array, validLength?: number): number {
  const fd = openSync(file, existsSync(file) ? 'r+' : 'w+', 0o600);
  try {
    const size = validLength ?? statSync(file).size;
    // A torn last frame from a crash is cut away before the new frame takes its place.
    if (validLength !== undefined && statSync(file).size > validLength) ftruncateSync(fd, validLength);
    const frame = lengthPrefixed(payload);
    let written = 0;
    while (written < frame.length) written += writeSync(fd, frame, written, frame.length - written, size + written);
    fsyncSync(fd);
    return size + frame.length;
  } finally {
    closeSync(fd);
  }
}

export function readFrames(file: string): Frames {
  if (!existsSync(file)) return { frames: [], validLength: 0, torn: false };
  const data = readFileSync(file);
  return splitFrames(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}
