// Finds a Chromium for the end-to-end tests and the preview, installing one where it can.
// Hand-written (docs/hand-written.md): the search for Chromium is ours and testable.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const LINUX_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/lib/chromium/chromium', '/snap/bin/chromium', '/opt/google/chrome/chrome'];
const MAC_APPS = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
const WINDOWS_APPS = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];

/**
 * Where a Chromium or Chrome may be on this platform, most preferred first: Debian's Chromium
 * before Chrome (the tests are written against it), Edge last on Windows (it is Chromium too).
 * @param {{ platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string }} machine
 * @returns {string[]}
 */
export function browserLocations({ platform, env, home }) {
  if (platform === 'darwin') return MAC_APPS.flatMap((app) => [path.posix.join('/Applications', app), path.posix.join(home, 'Applications', app)]);
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return WINDOWS_APPS.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
  }
  const onPath = (env.PATH ?? '').split(':').filter(Boolean).flatMap((dir) => LINUX_NAMES.map((name) => path.posix.join(dir, name)));
  return [...new Set([...LINUX_PATHS, ...onPath])];
}

/**
 * The browser to use, without installing anything: SAFEHOLD_CHROMIUM if set (an error if it
 * names nothing), else the first system location that exists, else Playwright's Chromium if
 * it was downloaded before, else null.
 * @param {{ platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string, exists: (file: string) => boolean, playwrightChromium: string | null }} machine
 * @returns {string | null}
 */
export function findBrowser(machine) {
  const chosen = machine.env.SAFEHOLD_CHROMIUM;
  if (chosen) {
    if (!machine.exists(chosen)) throw new Error(`SAFEHOLD_CHROMIUM is set to ${chosen}, which does not exist: point it at a Chromium or Chrome binary, or unset it.`);
    return chosen;
  }
  const found = browserLocations(machine).find((file) => machine.exists(file));
  if (found) return found;
  return machine.playwrightChromium && machine.exists(machine.playwrightChromium) ? machine.playwrightChromium : null;
}

/**
 * Whether apt-get can install Debian's chromium here: Debian or Ubuntu (or a derivative), as root.
 * @param {{ platform: NodeJS.Platform, osRelease: string, isRoot: boolean }} machine
 */
export function canAptInstall({ platform, osRelease, isRoot }) {
  return platform === 'linux' && isRoot && isDebianLike(osRelease);
}

/** @param {string} osRelease the text of /etc/os-release */
function isDebianLike(osRelease) {
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

/**
 * One line that says exactly what to install when nothing could be found or installed.
 * @param {{ platform: NodeJS.Platform, osRelease: string }} machine
 */
export function installAdvice({ platform, osRelease }) {
  const or = 'or set SAFEHOLD_CHROMIUM to a Chromium or Chrome binary';
  if (platform === 'darwin') return `Install Google Chrome (https://www.google.com/chrome/) or Chromium (brew install --cask chromium), ${or}.`;
  if (platform === 'win32') return `Install Google Chrome (https://www.google.com/chrome/) or Microsoft Edge, ${or}.`;
  if (isDebianLike(osRelease)) return `Install Chromium: sudo apt-get install -y chromium (${or}).`;
  if (/^(ID|ID_LIKE)=.*\b(fedora|rhel|centos)\b/m.test(osRelease)) return `Install Chromium: sudo dnf install -y chromium (${or}).`;
  if (/^(ID|ID_LIKE)=.*\barch\b/m.test(osRelease)) return `Install Chromium: sudo pacman -S chromium (${or}).`;
  return `Install Chromium or Google Chrome with your system's package manager, ${or}.`;
}

export class NoBrowserError extends Error {}

/**
 * Finds a browser, or installs one: Playwright's Chromium where its download host answers
 * (a short probe first, so that an offline machine fails in seconds, not minutes), then
 * Debian's chromium through apt-get when running as root on Debian or Ubuntu. Throws
 * NoBrowserError with one line saying what to install when all of that fails.
 * @param {{ platform: NodeJS.Platform, env: Record<string, string | undefined>, home: string, exists: (file: string) => boolean,
 *   playwrightChromium: string | null, osRelease: string, isRoot: boolean,
 *   reachable: (url: string) => Promise<boolean>, run: (command: string, args: string[], options: { timeoutMs: number, env?: Record<string, string> }) => boolean,
 *   log: (line: string) => void }} machine
 * @returns {Promise<string>}
 */
export async function ensureBrowser(machine) {
  const found = findBrowser(machine);
  if (found) return found;
  const tried = [];
  const host = machine.env.PLAYWRIGHT_DOWNLOAD_HOST || 'https://cdn.playwright.dev';
  if (machine.playwrightChromium) {
    machine.log(`No Chromium or Chrome is installed; trying Playwright's Chromium from ${host} …`);
    if (await machine.reachable(host)) {
      // A connection that stalls for 15 s fails the download instead of hanging it.
      machine.run(process.execPath, [playwrightCli(), 'install', 'chromium'], { timeoutMs: 10 * 60_000, env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '15000' } });
      if (machine.exists(machine.playwrightChromium)) return machine.playwrightChromium;
      tried.push(`Playwright's Chromium did not install from ${host}`);
    } else {
      tried.push(`${host} cannot be reached for Playwright's Chromium`);
    }
  }
  if (canAptInstall(machine)) {
    machine.log(`${tried.join('; ')}; installing Debian's chromium with apt-get …`);
    const ok = machine.run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { timeoutMs: 15 * 60_000 });
    const installed = ok ? findBrowser(machine) : null;
    if (installed) return installed;
    tried.push("apt-get could not install Debian's chromium");
  }
  throw new NoBrowserError(`No Chromium or Chrome found${tried.length ? ` (${tried.join('; ')})` : ''}. ${installAdvice(machine)}`);
}

const require = createRequire(import.meta.url);

function playwrightCli() {
  return path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js');
}

/** The expected path of Playwright's own Chromium, whether or not it is downloaded. */
function playwrightChromiumPath() {
  try {
    return require('playwright-core').chromium.executablePath();
  } catch {
    return null;
  }
}

/** This machine, as ensureBrowser sees it. */
export function thisMachine() {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    exists: existsSync,
    playwrightChromium: playwrightChromiumPath(),
    osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
    isRoot: process.getuid?.() === 0,
    reachable: async (url) => {
      try {
        await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
        return true;
      } catch {
        return false;
      }
    },
    run: (command, args, { timeoutMs, env }) => spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: timeoutMs, env: { ...process.env, ...env } }).status === 0,
    log: (line) => console.error(`Safehold: ${line}`),
  };
}
