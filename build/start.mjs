// `npm start`: the real app where an Electron runtime can be had; otherwise, in one line, why
// not, and the same UI in a local Chromium through the development bridge, marked 'preview'.
// Whatever fails to start says so and ends the command with a non-zero exit code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBrowser, thisMachine } from './browser.mjs';
import { missingDisplay } from './display.mjs';

const require = createRequire(import.meta.url);

// Read where electron's installer put the binary, without require('electron'): that would
// start a download of its own and print its errors.
function electronBinary() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function fetchElectron() {
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  return result.status === 0 ? electronBinary() : null;
}

function fail(line) {
  console.error(`Safehold: ${line}`);
  process.exit(1);
}

/** Starts the bridge and resolves with it and its address (with the token in the fragment). */
function startBridge() {
  const bridge = spawn(process.execPath, ['dist/dev/bridge.cjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    bridge.once('exit', (code) => reject(new Error(`the preview's local server stopped before it started (exit code ${code})`)));
    bridge.stdout.once('data', (chunk) => resolve({ bridge, url: JSON.parse(String(chunk)).url }));
  });
}

async function startPreview() {
  const noDisplay = missingDisplay(process.platform, process.env);
  if (noDisplay) fail(`cannot open the preview: ${noDisplay} Run npm start from a desktop session.`);
  let browser;
  try {
    browser = await ensureBrowser(thisMachine());
  } catch (error) {
    fail(`cannot open the preview: ${error.message}`);
  }
  const { bridge, url } = await startBridge().catch((error) => fail(error.message));
  bridge.removeAllListeners('exit');
  console.log(`Safehold preview: ${url} (opening it in ${path.basename(browser)}; press Ctrl+C here to stop it).`);
  const profile = mkdtempSync(path.join(tmpdir(), 'safehold-preview-'));
  const stop = (code) => {
    bridge.kill();
    rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  const started = Date.now();
  let errors = '';
  const browserProcess = spawn(browser, [
    `--app=${url}`,
    `--user-data-dir=${profile}`,
    '--incognito',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  browserProcess.stderr.on('data', (chunk) => {
    errors = (errors + chunk).slice(0, 20_000);
  });
  browserProcess.on('error', (error) => {
    console.error(`Safehold: ${browser} could not be started: ${error.message}`);
    stop(1);
  });
  browserProcess.on('exit', (code, signal) => {
    if (code === 0 || signal === 'SIGTERM' || signal === 'SIGINT') return stop(0);
    // Chromium's first error that is not about D-Bus (absent on many desktops, and harmless),
    // without its [pid:tid:time:LEVEL:file(line)] prefix: "Missing X server or $DISPLAY".
    const why = (errors.split('\n').find((line) => line.includes(':ERROR:') && !line.includes('dbus')) ?? '').replace(/^\[[^\]]*\]\s*/, '');
    const when = Date.now() - started < 10_000 ? 'could not start' : 'stopped';
    console.error(`Safehold: Chromium ${when} (exit code ${code ?? signal})${why ? `: ${why}` : ''}.`);
    stop(1);
  });
  process.on('SIGINT', () => {
    browserProcess.kill('SIGTERM');
    stop(0);
  });
}

const binary = electronBinary() ?? fetchElectron();
if (binary) {
  spawn(binary, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 1));
} else {
  console.log('Safehold: the Electron runtime could not be downloaded here (no internet access?), so the app opens as a browser preview instead.');
  await startPreview();
}
