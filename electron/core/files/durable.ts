import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/**
 * Writes all of `data` to `file` and fsyncs it before closing, so it is on the disk when this
 * returns. With 'wx' (the default) a file already there is refused (EEXIST), never
 * overwritten. The folder holding it needs its own fsyncDir for the name to survive a crash.
 * `mode` is 0o600 for what only this user may read (vault files, bundles), 0o644 for a
 * publication. Not writeFileSync's `flush`: its fsync is internal to Node, and the key
 * rotation test proves durability by watching fs.fsyncSync.
 */
export function writeSynced(file: string, data: Uint8Array | string, mode: 0o600 | 0o644, flag: 'wx' | 'w' = 'wx'): void {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const fd = openSync(file, flag, mode);
  try {
    // writeSync may write less than asked: loop until every byte is out.
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync of a file or folder (a folder makes a rename inside it durable). */
export function fsyncDir(dir: string): void {
  // Windows cannot open a folder for fsync; its rename is already durable enough there.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
