import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KdfParams } from '../../electron/core/crypto/sodium';
import { Vault } from '../../electron/core/vault/vault';

export const BENCH_ADMIN = { name: 'Bench Admin', passphrase: 'bench passphrase for the vault' };
/** The smallest Argon2id: the key derivation is timed on its own and taken out of the figures. */
export const FAST_KDF: KdfParams = { opslimit: 1, memlimit: 8192 };

// Names in the spellings a real vault mixes: Belarusian and Russian Cyrillic, their
// romanisations, so that search by any spelling has something to find.
const FIRST = ['Сергей', 'Siarhei', 'Sergei', 'Volha', 'Ольга', 'Aliaksandr', 'Александр', 'Katsiaryna', 'Екатерина', 'Dzmitry', 'Дмитрий', 'Maryia', 'Мария', 'Andrei', 'Андрэй', 'Iryna'];
const LAST = ['Kavalenka', 'Коваленко', 'Mazhejka', 'Мажейко', 'Hlebau', 'Глебов', 'Novik', 'Новик', 'Shautsou', 'Шевцов', 'Ramanchuk', 'Романчук', 'Zhuk', 'Жук', 'Lis', 'Лис'];
const TOWNS = ['Lida', 'Hrodna', 'Homiel', 'Minsk', 'Brest', 'Viciebsk', 'Mahiliou', 'Baranavichy', 'Pinsk', 'Barysau'];

/** The i-th generated case: a valid case-file/1 record with its own person, town and title. */
export function generatedCase(base: Record<string, unknown>, i: number): Record<string, unknown> {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  const town = TOWNS[i % TOWNS.length]!;
  const subject = base.subject as Record<string, unknown>;
  const story = base.story as { title: string; text: string };
  return {
    ...base,
    subject: { ...subject, fullName: `${first} ${last}`, otherNames: [], city: town },
    // The fixture's relatives would give every generated case the same family to be found by.
    relatives: [],
    story: { title: `${first} ${last}, ${town} (${i + 1})`, text: story.text.slice(0, 800) },
  };
}

/**
 * A vault of `count` cases, written through the core's own import (one Argon2id for the
 * vault, none per case), in batches as the import screen would send them.
 */
export async function generateVault(dir: string, count: number): Promise<void> {
  const base = JSON.parse(readFileSync(path.resolve('tests/fixtures/own-01-lida-teacher.case.json'), 'utf8')) as Record<string, unknown>;
  const { vault } = await Vault.create(dir, { adminName: BENCH_ADMIN.name, passphrase: BENCH_ADMIN.passphrase, kdf: FAST_KDF });
  for (let start = 0; start < count; start += 500) {
    const files = Array.from({ length: Math.min(500, count - start) }, (_, k) => ({ name: `case-${start + k}.json`, content: JSON.stringify(generatedCase(base, start + k)) }));
    vault.importCases(files);
  }
  vault.lock();
}
