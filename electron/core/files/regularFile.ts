import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';

/** Far above any real case file or publication; a bigger input is refused before it fills memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

// Opening a named pipe for reading waits for a writer, forever; O_NONBLOCK makes the open
// return at once so the type can be checked. Windows has no such flag (nor blocking FIFOs
// among plain paths), and the stat before the open covers it.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function kind(stat: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): ErrorText {
  if (stat.isFIFO()) return textOf('file.kind.pipe');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return textOf('file.kind.device');
  if (stat.isSocket()) return textOf('file.kind.socket');
  if (stat.isDirectory()) return textOf('file.kind.folder');
  return textOf('file.kind.other');
}

/**
 * Reads a file given by a person: only a regular file (a named pipe, a device or a socket
 * would hang the read or never end), at most `maxBytes`.
 */
export function readRegularBytes(file: string, label = file, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    const before = statSync(file);
    if (!before.isFile()) throw new SafeholdError('file.notAFile', { label, kind: kind(before) });
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    if (error instanceof SafeholdError) throw error;
    throw new SafeholdError('file.cannotRead', { label, reason: (error as NodeJS.ErrnoException).code ?? '?' });
  }
  try {
    // Checked again on what was opened: the path could have been swapped since the stat.
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SafeholdError('file.notAFile', { label, kind: kind(stat) });
    if (stat.size > maxBytes) throw new SafeholdError('file.tooLarge', { label, size: Math.round(stat.size / 1024 / 1024), limit: Math.round(maxBytes / 1024 / 1024) });
    const data = new Uint8Array(stat.size);
    let read = 0;
    while (read < data.length) {
      const n = readSync(fd, data, read, data.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return data.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A text file given by a person, as UTF-8 with a leading byte order mark dropped (editors on Windows add one). */
export function readRegularFile(file: string, label = file): string {
  const data = readRegularBytes(file, label);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new SafeholdError('file.notUtf8', { label });
  }
}
