// Types of build/browser.mjs, for the tests that import it.
export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  exists: (file: string) => boolean;
  playwrightChromium: string | null;
  osRelease: string;
  isRoot: boolean;
  reachable: (url: string) => Promise<boolean>;
  run: (command: string, args: string[], options: { timeoutMs: number; env?: Record<string, string> }) => boolean;
  log: (line: string) => void;
}
export function browserLocations(machine: Pick<Machine, 'platform' | 'env' | 'home'>): string[];
export function findBrowser(machine: Pick<Machine, 'platform' | 'env' | 'home' | 'exists' | 'playwrightChromium'>): string | null;
export function canAptInstall(machine: Pick<Machine, 'platform' | 'osRelease' | 'isRoot'>): boolean;
export function installAdvice(machine: Pick<Machine, 'platform' | 'osRelease'>): string;
export class NoBrowserError extends Error {}
export function ensureBrowser(machine: Machine): Promise<string>;
export function thisMachine(): Machine;
