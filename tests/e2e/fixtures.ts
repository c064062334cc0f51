import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBridge, type Bridge } from '../bridge/server';

/** Each test gets the real core behind a fresh bridge, with its own data folder. */
export const test = base.extend<{ bridge: Bridge; app: Page }>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  bridge: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'safehold-e2e-'));
    const bridge = await startBridge({
      rendererDir: path.resolve('dist/renderer'),
      clientFile: path.resolve('dist/dev/bridge-client.js'),
      dataDir,
    });
    await use(bridge);
    await bridge.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, bridge }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(bridge.origin)) foreign.push(request.url());
    });
    await page.goto(bridge.url);
    await use(page);
    expect(foreign, 'the app made a request outside its own origin').toEqual([]);
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  const dir = path.resolve('test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
