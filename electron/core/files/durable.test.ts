import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, tempFolder } from '../../../tests/helpers/vault';
import { writeSynced } from './durable';

afterAll(removeTempFolders);

describe('writeSynced', () => {
  it('replaces a file with the w flag', () => {
    const file = path.join(tempFolder('safehold-durable-'), 'replaced');
    writeFileSync(file, 'a longer text before');
    writeSynced(file, 'after', 0o600, 'w');
    expect(readFileSync(file, 'utf8')).toBe('after');
  });

  it('writes every byte of a large file', () => {
    const file = path.join(tempFolder('safehold-durable-'), 'big');
    const data = new Uint8Array(4 * 1024 * 1024 + 7);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    writeSynced(file, data, 0o600);
    // Byte by byte in one call: toEqual on megabytes takes minutes.
    expect(readFileSync(file).equals(data)).toBe(true);
  });

  it.skipIf(process.platform === 'win32').each([0o600, 0o644] as const)('creates the file with mode %o', (mode) => {
    const file = path.join(tempFolder('safehold-durable-'), 'f');
    writeSynced(file, 'text', mode);
    expect(statSync(file).mode & 0o777).toBe(mode & ~process.umask());
    expect(readFileSync(file, 'utf8')).toBe('text');
  });

  it('refuses a file that is there already and leaves it as it was', () => {
    const file = path.join(tempFolder('safehold-durable-'), 'kept');
    writeFileSync(file, 'before');
    expect(() => writeSynced(file, 'after', 0o600)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(file, 'utf8')).toBe('before');
  });
});
