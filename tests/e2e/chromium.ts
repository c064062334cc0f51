import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.SAFEHOLD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const found = CANDIDATES.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install Debian\'s: sudo apt-get install -y chromium ' +
        '(or set SAFEHOLD_CHROMIUM to a Chromium or Chrome binary). Playwright\'s own browser download is not used.',
    );
  }
  return found;
}
