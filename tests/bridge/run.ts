import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { startBridge } from './server';

// Entry of dist/dev/bridge.cjs: `npm start` runs it when no Electron runtime can be had.
const dist = path.resolve(__dirname, '..');
const dataDir = process.env.SAFEHOLD_PREVIEW_DATA ?? path.join(homedir(), '.safehold-preview');
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

void startBridge({
  rendererDir: path.join(dist, 'renderer'),
  clientFile: path.join(dist, 'dev', 'bridge-client.js'),
  dataDir,
  port: process.env.SAFEHOLD_PREVIEW_PORT ? Number(process.env.SAFEHOLD_PREVIEW_PORT) : 0,
}).then((bridge) => {
  process.stdout.write(`${JSON.stringify({ url: bridge.url })}\n`);
});
