import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolvePackage } from '../files/packagePath';
import { chooseMemlimit } from './kdfPolicy';
import { KEY_BYTES, type KdfParams } from './sodium';

// The worker loads libsodium by absolute path, so the same code works from the bundled
// command line, the Electron main process and the test runner.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
sodium.ready.then(() => {
  const started = performance.now();
  const key = sodium.crypto_pwhash(${KEY_BYTES}, workerData.passphrase, workerData.salt, workerData.opslimit, workerData.memlimit, sodium.crypto_pwhash_ALG_ARGON2ID13);
  const ms = performance.now() - started;
  sodium.memzero(workerData.passphrase);
  parentPort.postMessage({ key, ms }, [key.buffer]);
}).catch((error) => parentPort.postMessage({ error: String(error) }));
`;

/**
 * Argon2id in a worker thread: a second of hashing never freezes the app or its progress
 * display. The passphrase buffer is moved to the worker and wiped there.
 */
export async function deriveKey(passphrase: Uint8Array, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  return (await deriveInWorker(passphrase, salt, params)).key;
}

/** The derived key and how long Argon2id itself took in the worker (without its start-up). */
function deriveInWorker(passphrase: Uint8Array, salt: Uint8Array, params: KdfParams): Promise<{ key: Uint8Array; ms: number }> {
  // A copy is moved to the worker, which wipes it; the caller wipes its own.
  const moved = passphrase.slice();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath: resolvePackage('libsodium-wrappers-sumo'), passphrase: moved, salt, opslimit: params.opslimit, memlimit: params.memlimit },
      transferList: [moved.buffer as ArrayBuffer],
    });
    // Settled only once the worker is gone: its Argon2 memory (256 MiB) is given back before
    // the caller goes on, not while the unlock decrypts the index or the next slot is tried.
    worker.once('message', (message: { key: Uint8Array; ms: number } | { error: string }) => {
      const settle = () => ('key' in message ? resolve(message) : reject(new Error(message.error)));
      worker.terminate().then(settle, settle);
    });
    worker.once('error', reject);
  });
}

/**
 * Picks Argon2id settings that take about `targetMs` here, with 256 MiB of memory where the
 * machine has it (chooseMemlimit). The probe runs in a worker too: Argon2's memory would
 * otherwise stay in this thread's heap.
 */
export async function calibrateKdf(targetMs = 700): Promise<KdfParams> {
  const memlimit = chooseMemlimit(os.totalmem(), os.freemem());
  const probe = { opslimit: 2, memlimit };
  const salt = new Uint8Array(16);
  const { key, ms } = await deriveInWorker(new TextEncoder().encode('calibration'), salt, probe);
  key.fill(0);
  const elapsed = Math.max(1, ms);
  const opslimit = Math.min(16, Math.max(3, Math.round((probe.opslimit * targetMs) / elapsed)));
  return { opslimit, memlimit };
}

let calibrated: Promise<KdfParams> | null = null;

/** This machine's settings for new slots, calibrated once per process: never read from a vault header. */
export function appKdf(): Promise<KdfParams> {
  calibrated ??= calibrateKdf().catch((error: unknown) => {
    calibrated = null;
    throw error;
  });
  return calibrated;
}
