import { describe, expect, it } from 'vitest';
import { browserLocations, canAptInstall, ensureBrowser, findBrowser, installAdvice, NoBrowserError, type Machine } from '../../build/browser.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const PLAYWRIGHT = '/home/ana/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A fresh machine: no browser anywhere, no network; every command it runs is recorded. */
function freshMachine(overrides: Partial<Machine> = {}): Machine & { files: Set<string>; commands: string[]; lines: string[] } {
  const files = new Set<string>();
  const commands: string[] = [];
  const lines: string[] = [];
  return {
    platform: 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    home: '/home/ana',
    exists: (file) => files.has(file),
    playwrightChromium: PLAYWRIGHT,
    osRelease: DEBIAN,
    isRoot: false,
    reachable: async () => false,
    run: (command, args) => {
      commands.push([command, ...args].join(' '));
      return false;
    },
    log: (line) => lines.push(line),
    files,
    commands,
    lines,
    ...overrides,
  };
}

describe('browser discovery', () => {
  it('takes SAFEHOLD_CHROMIUM first, and says so when it names nothing', () => {
    const machine = freshMachine({ env: { SAFEHOLD_CHROMIUM: '/opt/my/chrome' } });
    machine.files.add('/usr/bin/chromium');
    expect(() => findBrowser(machine)).toThrow('SAFEHOLD_CHROMIUM is set to /opt/my/chrome, which does not exist');
    machine.files.add('/opt/my/chrome');
    expect(findBrowser(machine)).toBe('/opt/my/chrome');
  });

  it("prefers Debian's Chromium to Chrome on Linux, and finds either on PATH", () => {
    const machine = freshMachine({ env: { PATH: '/home/ana/bin:/usr/bin' } });
    machine.files.add('/usr/bin/google-chrome');
    expect(findBrowser(machine)).toBe('/usr/bin/google-chrome');
    machine.files.add('/usr/bin/chromium');
    expect(findBrowser(machine)).toBe('/usr/bin/chromium');
    const own = freshMachine({ env: { PATH: '/home/ana/bin' } });
    own.files.add('/home/ana/bin/chromium-browser');
    expect(findBrowser(own)).toBe('/home/ana/bin/chromium-browser');
  });

  it('knows the macOS application folders, the system one and the user one', () => {
    const machine = freshMachine({ platform: 'darwin', home: '/Users/ana' });
    machine.files.add('/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(findBrowser(machine)).toBe('/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(browserLocations(machine)[0]).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('knows the Windows install folders, with Edge as the last resort', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const machine = freshMachine({ platform: 'win32', env });
    machine.files.add('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(findBrowser(machine)).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    machine.files.add('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(findBrowser(machine)).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  it("uses Playwright's Chromium when it was downloaded before, and nothing else is there", () => {
    const machine = freshMachine();
    expect(findBrowser(machine)).toBeNull();
    machine.files.add(PLAYWRIGHT);
    expect(findBrowser(machine)).toBe(PLAYWRIGHT);
  });
});

describe('browser installation on a fresh machine', () => {
  it("downloads Playwright's Chromium where its host answers", async () => {
    const machine = freshMachine({ reachable: async () => true });
    machine.run = (command, args, options) => {
      machine.commands.push(args.slice(1).join(' '));
      expect(options.env?.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT).toBe('15000');
      machine.files.add(PLAYWRIGHT);
      return true;
    };
    await expect(ensureBrowser(machine)).resolves.toBe(PLAYWRIGHT);
    expect(machine.commands).toEqual(['install chromium']);
  });

  it("offline, as root on Debian: skips the download at once and installs Debian's chromium", async () => {
    const machine = freshMachine({ isRoot: true });
    machine.run = (command, args) => {
      machine.commands.push([command, ...args].join(' '));
      machine.files.add('/usr/bin/chromium');
      return true;
    };
    await expect(ensureBrowser(machine)).resolves.toBe('/usr/bin/chromium');
    expect(machine.commands).toEqual(['sh -c apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
    expect(machine.lines.join('\n')).toContain('https://cdn.playwright.dev cannot be reached');
  });

  it('offline, not root: installs nothing and fails with one line saying what to install', async () => {
    const machine = freshMachine();
    const error = await ensureBrowser(machine).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoBrowserError);
    expect((error as Error).message).toBe(
      'No Chromium or Chrome found (https://cdn.playwright.dev cannot be reached for Playwright\'s Chromium). ' +
        'Install Chromium: sudo apt-get install -y chromium (or set SAFEHOLD_CHROMIUM to a Chromium or Chrome binary).',
    );
    expect((error as Error).message).not.toContain('\n');
    expect(machine.commands).toEqual([]);
  });

  it('reports a failed apt-get and a failed download, each by name', async () => {
    const machine = freshMachine({ isRoot: true, osRelease: UBUNTU, reachable: async () => true });
    await expect(ensureBrowser(machine)).rejects.toThrow(
      "No Chromium or Chrome found (Playwright's Chromium did not install from https://cdn.playwright.dev; apt-get could not install Debian's chromium).",
    );
    expect(machine.commands).toHaveLength(2);
  });

  it('installs nothing when a browser is there', async () => {
    const machine = freshMachine({ isRoot: true });
    machine.files.add('/usr/bin/chromium');
    await expect(ensureBrowser(machine)).resolves.toBe('/usr/bin/chromium');
    expect(machine.commands).toEqual([]);
  });

  it('uses apt-get only as root on Debian or Ubuntu', () => {
    expect(canAptInstall({ platform: 'linux', osRelease: DEBIAN, isRoot: true })).toBe(true);
    expect(canAptInstall({ platform: 'linux', osRelease: UBUNTU, isRoot: true })).toBe(true);
    expect(canAptInstall({ platform: 'linux', osRelease: DEBIAN, isRoot: false })).toBe(false);
    expect(canAptInstall({ platform: 'linux', osRelease: FEDORA, isRoot: true })).toBe(false);
  });

  it('names what to install on each system', () => {
    expect(installAdvice({ platform: 'linux', osRelease: FEDORA })).toContain('sudo dnf install -y chromium');
    expect(installAdvice({ platform: 'darwin', osRelease: '' })).toContain('brew install --cask chromium');
    expect(installAdvice({ platform: 'win32', osRelease: '' })).toContain('Google Chrome');
  });
});
