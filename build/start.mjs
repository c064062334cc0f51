// `npm start`: the real app where an Electron runtime can be had; otherwise, in one line, why
// not, and the same UI in a local Chromium through the development bridge, marked 'preview'.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

function startPreview() {
  const bridge = spawn(process.execPath, ['dist/dev/bridge.cjs'], { stdio: ['ignore', 'pipe', 'inherit'] });
  bridge.stdout.once('data', (chunk) => {
    const { url } = JSON.parse(String(chunk));
    const browser = BROWSERS.find((b) => existsSync(b));
    if (!browser) {
      console.log(`Safehold preview: open ${url} in Chromium or Chrome (install one with: sudo apt-get install -y chromium).`);
      return;
    }
    console.log('Safehold preview is open in Chromium; press Ctrl+C here to stop it.');
    const profile = mkdtempSync(path.join(tmpdir(), 'safehold-preview-'));
    const browserProcess = spawn(browser, [
      `--app=${url}`,
      `--user-data-dir=${profile}`,
      '--incognito',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ], { stdio: 'ignore' });
    browserProcess.on('exit', () => bridge.kill());
  });
  process.on('SIGINT', () => bridge.kill());
}

const binary = electronBinary() ?? fetchElectron();
if (binary) {
  spawn(binary, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Safehold: the Electron runtime could not be downloaded here (no internet access?), so the app opens as a browser preview instead.');
  startPreview();
}
