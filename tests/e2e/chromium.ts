import { findBrowser, installAdvice, thisMachine } from '../../build/browser.mjs';

/**
 * The browser of the end-to-end tests, as `npm test` found or installed it (it passes
 * SAFEHOLD_CHROMIUM); run on their own, the tests look for one but install nothing.
 */
export function findChromium(): string {
  const machine = thisMachine();
  const found = findBrowser(machine);
  if (!found) throw new Error(`No Chromium or Chrome for the end-to-end tests (npm test installs one where it can). ${installAdvice(machine)}`);
  return found;
}
