import { cleanTemp } from './files';
import { readHeader, type Header } from './header';
import { finishRotation } from './keyRotation';
import { acquireLock } from './lockFile';

/**
 * Takes the vault lock and, holding it, reads the header afresh and repairs what a crash left:
 * a key rotation is finished or undone, temp files are removed. Nothing is ever cleaned up
 * without the lock: another process may be in the middle of that very rotation, and its
 * staging is the only copy of the vault once its header has committed.
 */
export function takeFolder(dir: string): { header: Header; release: () => void } {
  const release = acquireLock(dir);
  try {
    const header = readHeader(dir);
    cleanTemp(dir);
    finishRotation(dir, header);
    return { header, release };
  } catch (error) {
    release();
    throw error;
  }
}
