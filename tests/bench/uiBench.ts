import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findBrowser, installAdvice, thisMachine } from '../../build/browser.mjs';
import { cryptoReady } from '../../electron/core/crypto/sodium';
import { median, round, type Figure } from '../../electron/bench/measure';
import { BENCH_ADMIN, generateVault } from './generateVault';
import type { BridgeReady } from './uiBridge';

// `npm run bench:ui`: the case list in Chromium, through the bridge, at 1,000 and 10,000
// cases. Figures, not tests: the targets are printed beside them (issue 15).
//
// Every time is taken inside the page (event time stamps, the frame after a condition holds),
// and the bridge runs in a process of its own: Playwright's own round trips and the core's
// work never enter a figure.
const json = process.argv.includes('--json');
const SIZES = [1000, 10_000] as const;
// Ten of its keys change the search; the space does not (the query is trimmed) and is not counted.
const QUERY = 'siarhei kav';
const en = JSON.parse(readFileSync(path.resolve('renderer/src/i18n/en.json'), 'utf8')) as Record<string, Record<string, string>>;
const ROW = 'table.case-table tbody tr button.link';
const LIST = 'table.case-table';

interface Run {
  kdfMs: number;
  listPainted: number;
  idleBusy: number;
  keystroke: number;
  keystrokeResults: number;
  longestTyping: number;
  clearSearch: number;
  openAndBack: number;
  domNodes: number;
  memory: number;
}

interface Bench {
  /** Time stamps of clicks and key presses, as the page received them. */
  events: { type: string; at: number }[];
  /** From each key press to the frame after it. */
  keyFrames: number[];
  longTasks: { start: number; duration: number }[];
  /** When a watched condition was first seen painted. */
  seen: Record<string, number>;
  watch(name: string, test: () => boolean): void;
}

/** Installed before the app's scripts: the page's own clock for every figure. */
function instrument() {
  const bench: Bench = {
    events: [],
    keyFrames: [],
    longTasks: [],
    seen: {},
    // Checked at each animation frame; the time is taken after that frame, as the person sees it.
    watch(name, test) {
      delete bench.seen[name];
      const tick = () => {
        if (test()) setTimeout(() => (bench.seen[name] = performance.now()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
  };
  (window as unknown as { bench: Bench }).bench = bench;
  document.addEventListener('click', (event) => bench.events.push({ type: 'click', at: event.timeStamp }), true);
  document.addEventListener(
    'keydown',
    (event) => {
      bench.events.push({ type: 'keydown', at: event.timeStamp });
      requestAnimationFrame(() => setTimeout(() => bench.keyFrames.push(performance.now() - event.timeStamp)));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const inPage = (page: Page) => page.evaluate(() => (window as unknown as { bench: Bench }).bench);
const lastEvent = async (page: Page, type: string) => (await inPage(page)).events.filter((e) => e.type === type).at(-1)!.at;
/** Waits (however long Playwright takes to notice) until the page saw `name` painted; returns when it did. */
async function seen(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => (window as unknown as { bench: Bench }).bench.seen[n] !== undefined, name, { polling: 50, timeout: 900_000 });
  return (await inPage(page)).seen[name]!;
}

/** Watches for the full list painted again: as many rows as after unlock, the same one first. */
const watchListBack = (page: Page, title: string, rows: number) =>
  page.evaluate(
    ([selector, first, count]) =>
      (window as unknown as { bench: Bench }).bench.watch('list', () => {
        const found = document.querySelectorAll(selector);
        return found.length === count && found[0]?.textContent === first;
      }),
    [ROW, title, rows] as [string, string, number],
  );

/** The bridge in a child process; it derives the generated vaults' key a few times first, to time it. */
async function startBridgeProcess(dataDir: string) {
  const child = fork(path.resolve('dist/dev/bench-ui-bridge.cjs'), [dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<BridgeReady>((resolve, reject) => {
    child.once('message', (message) => resolve(message as BridgeReady));
    child.once('exit', (code) => reject(new Error(`the bench's bridge stopped before it was ready (exit code ${code})`)));
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.disconnect();
    });
  return { ...ready, close };
}

async function measure(size: number, browserPath: string): Promise<Run> {
  const root = mkdtempSync(path.join(tmpdir(), 'safehold-bench-ui-'));
  const folder = path.join(root, 'vault');
  await generateVault(folder, size);
  const bridge = await startBridgeProcess(path.join(root, 'data'));
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A slow list is what is measured: no step may give up on it.
    page.setDefaultTimeout(900_000);
    await page.addInitScript(instrument);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0);

    await page.goto(bridge.url);
    await page.getByRole('tab', { name: en.start!.open! }).click();
    await page.getByLabel(en.start!.folder!).fill(folder);
    await page.getByRole('button', { name: en.start!.openButton!, exact: true }).click();
    await page.getByLabel(en.unlock!.name!, { exact: true }).fill(BENCH_ADMIN.name);
    await page.getByLabel(en.unlock!.passphrase!, { exact: true }).fill(BENCH_ADMIN.passphrase);
    const unlock = page.getByRole('button', { name: en.unlock!.button!, exact: true });
    await unlock.waitFor();
    await page.evaluate((selector) => (window as unknown as { bench: Bench }).bench.watch('rows', () => document.querySelector(selector) !== null), ROW);
    await unlock.click();
    const painted = await seen(page, 'rows');
    const listPainted = painted - (await lastEvent(page, 'click')) - bridge.kdfMs;
    const title = (await page.locator(ROW).first().textContent()) ?? '';
    const rows = await page.locator(ROW).count();

    await page.waitForTimeout(1000);
    const busyBefore = await metric('TaskDuration');
    await page.waitForTimeout(10_000);
    const idleBusy = ((await metric('TaskDuration')) - busyBefore) / 10;

    // Each key: to the next frame (the letter in the box), and to its results painted (the
    // list marked busy while a search is out, and no longer).
    const search = page.getByPlaceholder(en.cases!.search!);
    await search.focus();
    const typingFrom = await page.evaluate(() => performance.now());
    const keystrokeResults: number[] = [];
    const counted: boolean[] = [];
    for (const [i, key] of [...QUERY].entries()) {
      const changes = QUERY.slice(0, i + 1).trim() !== QUERY.slice(0, i).trim();
      counted.push(changes);
      if (changes) {
        await page.evaluate((list) => {
          const bench = (window as unknown as { bench: Bench }).bench;
          let busy = false;
          const observer = new MutationObserver(() => (busy ||= document.querySelector(list)?.getAttribute('aria-busy') === 'true'));
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
          bench.watch('results', () => {
            const done = busy && document.querySelector(list)?.getAttribute('aria-busy') !== 'true';
            if (done) observer.disconnect();
            return done;
          });
        }, LIST);
      }
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      if (changes) keystrokeResults.push((await seen(page, 'results')) - (await lastEvent(page, 'keydown')));
      await page.waitForTimeout(300);
    }
    const typed = await inPage(page);
    const keystroke = median(typed.keyFrames.slice(-QUERY.length).filter((_, i) => counted[i]));
    const longestTyping = Math.max(0, ...typed.longTasks.filter((t) => t.start >= typingFrom).map((t) => t.duration));

    await watchListBack(page, title, rows);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    const clearSearch = (await seen(page, 'list')) - (await lastEvent(page, 'keydown'));

    // Opening the case (its form painted) and coming back (the list painted): the time between,
    // Playwright finding the next button, is not counted.
    await page.evaluate((selector) => (window as unknown as { bench: Bench }).bench.watch('form', () => document.querySelector(selector) === null && document.querySelector('main input') !== null), ROW);
    await page.locator(ROW).first().click();
    const opened = (await seen(page, 'form')) - (await lastEvent(page, 'click'));
    await watchListBack(page, title, rows);
    await page.getByRole('navigation').getByRole('button', { name: en.nav!.cases!, exact: true }).click();
    const back = (await seen(page, 'list')) - (await lastEvent(page, 'click'));

    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await cdp.send('HeapProfiler.collectGarbage');
    const memory = (await metric('JSHeapUsedSize')) / 1048576;
    return { kdfMs: bridge.kdfMs, listPainted, idleBusy, keystroke, keystrokeResults: median(keystrokeResults), longestTyping, clearSearch, openAndBack: opened + back, domNodes, memory };
  } finally {
    await browser.close();
    await bridge.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const FIGURES: { key: Exclude<keyof Run, 'kdfMs'>; name: string; unit: string; digits: number; target?: [string, (v: number) => boolean] }[] = [
  { key: 'listPainted', name: 'unlock to list painted, without the key derivation', unit: 'ms', digits: 0, target: ['≤ 1000 ms at 10,000', (v) => v <= 1000] },
  { key: 'idleBusy', name: 'idle main-thread busy share over 10 s', unit: '%', digits: 2, target: ['≤ 2 %', (v) => v <= 2] },
  { key: 'keystroke', name: 'keystroke to next frame in search (median of 10)', unit: 'ms', digits: 1, target: ['≤ 50 ms', (v) => v <= 50] },
  { key: 'keystrokeResults', name: 'keystroke to its search results painted (median of 10)', unit: 'ms', digits: 0 },
  { key: 'longestTyping', name: 'longest main-thread task while typing', unit: 'ms', digits: 0 },
  { key: 'clearSearch', name: 'clearing the search to the full list painted', unit: 'ms', digits: 0 },
  { key: 'openAndBack', name: 'opening a case and coming back to the list', unit: 'ms', digits: 0 },
  { key: 'domNodes', name: 'DOM nodes with the full list', unit: 'nodes', digits: 0, target: ['≤ 3000', (v) => v <= 3000] },
  { key: 'memory', name: 'page memory (JS heap after GC)', unit: 'MiB', digits: 1 },
];

async function main() {
  const machine = thisMachine();
  const browserPath = findBrowser(machine);
  if (!browserPath) throw new Error(`No Chromium or Chrome for the UI benchmark. ${installAdvice(machine)}`);
  await cryptoReady();
  const runs = new Map<number, Run>();
  for (const size of SIZES) runs.set(size, await measure(size, browserPath));
  const sections: Record<string, Figure[]> = {};
  for (const size of SIZES) {
    const run = runs.get(size)!;
    sections[`case list, ${size} cases`] = FIGURES.map(({ key, name, unit, digits, target }) => {
      const value = key === 'idleBusy' ? run[key] * 100 : run[key];
      const figure: Figure = { name, value: round(value, digits), unit };
      // Absolute targets are for the large vault; the small one is there to give the ratios.
      if (target && size === SIZES[SIZES.length - 1]) Object.assign(figure, { target: target[0], met: target[1](value) });
      return figure;
    });
  }
  const small = runs.get(SIZES[0])!;
  const large = runs.get(SIZES[1])!;
  sections[`ratio ${SIZES[1]} ÷ ${SIZES[0]} cases`] = FIGURES.map(({ key, name }) => {
    // A figure near zero makes a ratio noise: an idle share under the target, or no long task
    // (none is under 50 ms) at the small size, is taken as that floor.
    const floor = key === 'idleBusy' ? 0.02 : key === 'longestTyping' ? 50 : 1e-9;
    const ratio = large[key] / Math.max(small[key], floor);
    return { name, value: round(ratio, 2), unit: '×', target: '≤ 1.5', met: ratio <= 1.5 };
  });
  print(sections, SIZES.map((size) => runs.get(size)!.kdfMs));
}

function print(sections: Record<string, Figure[]>, kdfMs: number[]) {
  if (json) {
    process.stdout.write(`${JSON.stringify({ node: process.version, sections })}\n`);
    return;
  }
  console.log(`(Argon2id of the generated vaults, worker start included, median in the bridge: ${kdfMs.map((ms) => `${round(ms)} ms`).join(' and ')}, taken out of the unlock figures)`);
  for (const [section, figures] of Object.entries(sections)) {
    console.log(`\n${section}`);
    for (const f of figures) {
      const target = f.target ? `  target ${f.target} ${f.met ? '(met)' : '(NOT met)'}` : '';
      console.log(`  ${f.name.padEnd(56)} ${String(f.value).padStart(9)} ${f.unit}${target}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(`bench:ui: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
