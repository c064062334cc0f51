import { textOf } from '../../shared/errors';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { calibrateKdf, deriveKey } from '../core/crypto/kdf';
import { cryptoReady, open, type KdfParams } from '../core/crypto/sodium';
import { readHeader } from '../core/vault/header';
import { unlockSlot } from '../core/vault/keySlots';
import { kdfRange } from '../core/crypto/kdfPolicy';
import { readFrames } from '../core/vault/files';
import { associatedData } from '../core/vault/associatedData';
import { readRecordHeader, RECORD_HEADER_BYTES } from '../core/vault/records';
import { Vault } from '../core/vault/vault';
import { benchCase } from './corpus';
import { median, percentile, round, time, type Figure } from './measure';

const NAME = 'Bench Admin';
const PASSPHRASE = 'bench passphrase for the vault';
/** Vaults for the size figures use the smallest Argon2id: the KDF is measured on its own. */
const FAST_KDF: KdfParams = { opslimit: 1, memlimit: 8192 };

function caseOfAbout5kB(fixturesDir: string, i: number): unknown {
  const base = benchCase(fixturesDir) as unknown as { story: { title: string; text: string } };
  const text = base.story.text.slice(0, 3500).replace(/\d/g, String(i % 10));
  return { ...base, story: { title: `${base.story.title} ${i}`, text } };
}

/** Decrypts every case file with libsodium and nothing else: what verify is compared with. */
function rawDecryptCases(dir: string, key: Uint8Array, vaultId: string): void {
  for (const name of readdirSync(path.join(dir, 'cases'))) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, 'cases', name)));
    const what = textOf('part.file', { file: name });
    const header = readRecordHeader(bytes, what);
    open(key, bytes.subarray(RECORD_HEADER_BYTES), associatedData(vaultId, 'case', name.replace(/\.rec$/, ''), header.version, header.generation), what);
  }
}

function rawOpenRecord(dir: string, file: string, key: Uint8Array, vaultId: string, kind: 'index' | 'users', id: string): void {
  const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
  const what = textOf('part.file', { file });
  const header = readRecordHeader(bytes, what);
  open(key, bytes.subarray(RECORD_HEADER_BYTES), associatedData(vaultId, kind, id, header.version, header.generation), what);
}

/** What an unlock decrypts (users, index snapshot and journal, the last audit entry), with libsodium alone. */
function rawDecryptOpenSet(dir: string, key: Uint8Array, vaultId: string): void {
  rawOpenRecord(dir, 'users.rec', key, vaultId, 'users', 'users');
  if (existsSync(path.join(dir, 'index.rec'))) rawOpenRecord(dir, 'index.rec', key, vaultId, 'index', 'index');
  readFrames(path.join(dir, 'index.journal')).frames.forEach((frame, seq) => {
    const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    open(key, frame.subarray(8), associatedData(vaultId, 'journal', 'index', seq, view.getUint32(0)), textOf('part.indexEntry', { n: seq + 1 }));
  });
  const audit = readFrames(path.join(dir, 'audit.log')).frames;
  const last = audit[audit.length - 1]!;
  const view = new DataView(last.buffer, last.byteOffset, last.byteLength);
  open(key, last.subarray(8), associatedData(vaultId, 'audit', 'log', view.getUint32(4), view.getUint32(0)), textOf('part.auditEntry', { n: audit.length }));
}

async function sizedVault(fixturesDir: string, count: number) {
  const root = mkdtempSync(path.join(tmpdir(), 'safehold-bench-'));
  const dir = path.join(root, 'vault');
  const { vault } = await Vault.create(dir, { adminName: NAME, passphrase: PASSPHRASE, kdf: FAST_KDF });
  const ids: string[] = [];
  for (let start = 0; start < count; start += 500) {
    const files = Array.from({ length: Math.min(500, count - start) }, (_, k) => ({ name: `c${start + k}`, content: JSON.stringify(caseOfAbout5kB(fixturesDir, start + k)) }));
    ids.push(...vault.importCases(files));
  }
  return { vault, dir, root, ids };
}

export async function vaultBench(fixturesDir: string, sizes = [10, 1000, 10_000]): Promise<Figure[]> {
  await cryptoReady();
  const figures: Figure[] = [];
  const kdf = await calibrateKdf();
  const kdfSamples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await deriveKey(new TextEncoder().encode(PASSPHRASE), new Uint8Array(16), kdf);
    kdfSamples.push(performance.now() - started);
  }
  figures.push({ name: `KDF (Argon2id, ${kdf.opslimit} passes, ${kdf.memlimit / 1048576} MiB, worker)`, value: round(median(kdfSamples)), unit: 'ms', target: '500–1000 ms', met: median(kdfSamples) >= 500 && median(kdfSamples) <= 1000 });

  const saveMedians = new Map<number, number>();
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  for (const size of sizes) {
    sample();
    const { vault, dir, root, ids } = await sizedVault(fixturesDir, size);
    sample();
    const saves = time(() => {
      const id = ids[Math.floor(Math.random() * ids.length)]!;
      const record = vault.get(id);
      vault.saveCase(id, record.version, record.data);
    }, 200, 5);
    saveMedians.set(size, median(saves));
    const header = readHeader(dir);
    const key = vault.backupMaterial().key.slice();
    const verifySamples = time(() => {
      vault.verify();
      sample();
    }, 2, 0);
    const rawVerify = time(() => rawDecryptCases(dir, key, header.vaultId), 2, 0);
    vault.lock();

    const slot = header.slots.find((s) => s.kind === 'user')!;
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await Vault.open(dir, { kdf: FAST_KDF });
      const kdfStart = performance.now();
      await unlockSlot(header.vaultId, slot, PASSPHRASE, kdfRange(FAST_KDF));
      const kdfMs = performance.now() - kdfStart;
      const started = performance.now();
      await v.unlock(NAME, PASSPHRASE);
      opens.push(Math.max(0, performance.now() - started - kdfMs));
      sample();
      v.lock();
    }
    const rawOpen = time(() => rawDecryptOpenSet(dir, key, header.vaultId), 3, 1);
    const openMs = median(opens);
    const verifyMs = median(verifySamples);
    figures.push(
      { name: `${size} cases: open without the KDF`, value: round(openMs), unit: 'ms' },
      { name: `${size} cases: open ÷ raw decryption of the same bytes`, value: round(openMs / Math.max(0.01, median(rawOpen)), 2), unit: '×', target: '≤ 2', met: openMs / Math.max(0.01, median(rawOpen)) <= 2 },
      { name: `${size} cases: save, median`, value: round(median(saves), 2), unit: 'ms' },
      { name: `${size} cases: save, p95`, value: round(percentile(saves, 95), 2), unit: 'ms' },
      { name: `${size} cases: verify`, value: round(verifyMs), unit: 'ms' },
      { name: `${size} cases: verify ÷ raw decryption`, value: round(verifyMs / Math.max(0.01, median(rawVerify)), 2), unit: '×', target: '≤ 2', met: verifyMs / Math.max(0.01, median(rawVerify)) <= 2 },
    );
    rmSync(root, { recursive: true, force: true });
  }
  const small = saveMedians.get(sizes[0]!)!;
  const large = saveMedians.get(sizes[sizes.length - 1]!)!;
  figures.push({ name: `save at ${sizes[sizes.length - 1]} ÷ save at ${sizes[0]} cases (medians)`, value: round(large / small, 2), unit: '×', target: '≤ 1.3', met: large / small <= 1.3 });
  const peakMb = peakRss / 1048576;
  figures.push({ name: `peak memory with ${sizes[sizes.length - 1]} cases (RSS sampled)`, value: round(peakMb), unit: 'MB', target: '≤ 300 MB', met: peakMb <= 300 });
  return figures;
}
