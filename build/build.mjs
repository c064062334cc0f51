// Builds every part of Safehold into dist/: main and preload (Electron, CommonJS), the
// renderer (Vite), the `safehold` command line (plain Node) and, apart from the rest, the
// development bridge in dist/dev, which no package ever contains.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
  // esbuild's table wants the newest Unicode's properties before it writes \p{…} as a literal, and
  // otherwise turns each such literal into a `new RegExp` made on every call: Node 20 and Electron
  // know every property the engine uses, and the renderer's bundler keeps the literals too.
  supported: { 'regexp-unicode-property-escapes': true },
};

await Promise.all([
  // libsodium stays a real module: the key-derivation worker loads it by path.
  esbuild({ ...node, entryPoints: ['electron/main/main.ts'], outfile: 'dist/main/main.cjs', external: ['electron', 'libsodium-wrappers-sumo'], target: 'node22' }),
  // A sandboxed preload can require nothing but 'electron': everything else is bundled in.
  esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', external: ['electron'], platform: 'browser' }),
  esbuild({ ...node, entryPoints: ['electron/cli/safehold.ts'], outfile: 'dist/cli/safehold.cjs', external: ['libsodium-wrappers-sumo'] }),
  esbuild({ ...node, entryPoints: ['electron/bench/bench.ts'], outfile: 'dist/bench/bench.cjs', external: ['libsodium-wrappers-sumo'] }),
  esbuild({ ...node, entryPoints: ['tests/bridge/run.ts'], outfile: 'dist/dev/bridge.cjs', external: ['libsodium-wrappers-sumo'] }),
  // build/browser.mjs resolves packages from import.meta.url, which a CommonJS bundle lacks.
  esbuild({
    ...node, entryPoints: ['tests/bench/uiBench.ts'], outfile: 'dist/dev/bench-ui.cjs', external: ['libsodium-wrappers-sumo', 'playwright-core'],
    define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  esbuild({ ...node, entryPoints: ['tests/bench/uiBridge.ts'], outfile: 'dist/dev/bench-ui-bridge.cjs', external: ['libsodium-wrappers-sumo'] }),
  esbuild({ ...node, entryPoints: ['tests/bridge/client.ts'], outfile: 'dist/dev/bridge-client.js', platform: 'browser', format: 'iife' }),
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
]);

console.log(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
