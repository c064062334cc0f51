import { textOf } from '../../../shared/errors';
import { describe, expect, it } from 'vitest';
import { checkKdfSettings, chooseMemlimit, kdfRange, PRODUCTION_KDF_RANGE } from './kdfPolicy';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('Argon2id memory for new slots', () => {
  it('is 256 MiB where the machine has eight times that and twice it free', () => {
    expect(chooseMemlimit(16 * GiB, 8 * GiB)).toBe(256 * MiB);
    expect(chooseMemlimit(2 * GiB, 512 * MiB)).toBe(256 * MiB);
  });

  it('halves on a small or busy machine, never below the 64 MiB floor', () => {
    expect(chooseMemlimit(1 * GiB, 800 * MiB)).toBe(128 * MiB);
    expect(chooseMemlimit(16 * GiB, 300 * MiB)).toBe(128 * MiB);
    expect(chooseMemlimit(512 * MiB, 200 * MiB)).toBe(64 * MiB);
    expect(chooseMemlimit(256 * MiB, 10 * MiB)).toBe(64 * MiB);
  });
});

const slotA = textOf('part.userSlot', { id: 'a' });

describe('Argon2id settings read from a header', () => {
  it('may not be widened by the header, only by the app\'s own settings', () => {
    expect(kdfRange()).toEqual(PRODUCTION_KDF_RANGE);
    expect(kdfRange({ opslimit: 1, memlimit: 8192 })).toMatchObject({ minOpslimit: 1, minMemlimit: 8192, maxMemlimit: GiB });
  });

  it('accepts what calibration makes and refuses cheap or endless settings', () => {
    expect(() => checkKdfSettings({ opslimit: 16, memlimit: 256 * MiB }, PRODUCTION_KDF_RANGE, slotA)).not.toThrow();
    expect(() => checkKdfSettings({ opslimit: 3, memlimit: 64 * MiB }, PRODUCTION_KDF_RANGE, slotA)).not.toThrow();
    expect(() => checkKdfSettings({ opslimit: 1, memlimit: 8192 }, PRODUCTION_KDF_RANGE, slotA)).toThrow(/user slot a .* below the minimum/);
    expect(() => checkKdfSettings({ opslimit: 4, memlimit: 2 * GiB }, PRODUCTION_KDF_RANGE, slotA)).toThrow(/above the maximum of 1024 MiB/);
    expect(() => checkKdfSettings({ opslimit: 32, memlimit: 1 * GiB }, PRODUCTION_KDF_RANGE, slotA)).toThrow(/more work than the maximum/);
  });
});
