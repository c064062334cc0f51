import path from 'node:path';
import { deriveKey } from '../../electron/core/crypto/kdf';
import { cryptoReady } from '../../electron/core/crypto/sodium';
import { median } from '../../electron/bench/measure';
import { startBridge } from '../bridge/server';
import { BENCH_ADMIN, FAST_KDF } from './generateVault';

// Entry of dist/dev/bench-ui-bridge.cjs: the bridge of `npm run bench:ui` in a process of its
// own, so that the core's work after unlock never delays the measuring Playwright client (which
// shared its event loop and saw the list up to 1.9 s after the page did).

export interface BridgeReady {
  url: string;
  /** Median of the generated vaults' Argon2id here, worker start included, as unlock runs it. */
  kdfMs: number;
}

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir || !process.send) throw new Error('bench-ui-bridge is started by bench:ui with a data folder and an IPC channel');
  await cryptoReady();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    (await deriveKey(new TextEncoder().encode(BENCH_ADMIN.passphrase), new Uint8Array(16), FAST_KDF)).fill(0);
    samples.push(performance.now() - started);
  }
  const dist = path.resolve(__dirname, '..');
  // The generated vault's Argon2id is below the production floor: this bridge is told to accept it.
  const bridge = await startBridge({ rendererDir: path.join(dist, 'renderer'), clientFile: path.join(dist, 'dev', 'bridge-client.js'), dataDir, kdf: FAST_KDF });
  // The bench ends this process by disconnecting.
  process.once('disconnect', () => void bridge.close().then(() => process.exit(0)));
  process.send({ url: bridge.url, kdfMs: median(samples) } satisfies BridgeReady);
}

main().catch((error: unknown) => {
  console.error(`bench-ui-bridge: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
