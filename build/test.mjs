// `npm test`: build, type-check, lint, then every vitest test in Node and every Playwright
// test in a Chromium found or installed by build/browser.mjs. Ends with one plain line,
// `N passed, N failed`, for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser, thisMachine } from './browser.mjs';

const run = (command, args, env) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } }).status ?? 1;
const steps = [];
const step = (name, command, args, env = {}) => {
  const status = run(command, args, env);
  steps.push({ name, ok: status === 0 });
  return status === 0;
};

rmSync('.cache/vitest.json', { force: true });
rmSync('.cache/playwright.json', { force: true });

step('build', 'node', ['build/build.mjs']);
step('type check', 'npx', ['tsc', '-b']);
step('lint', 'npm', ['run', '--silent', 'lint']);
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.cache/vitest.json']);
// An end-to-end run without a browser fails, and says why: it is never skipped.
const browser = await ensureBrowser(thisMachine()).catch((error) => {
  steps.push({ name: 'end-to-end tests', ok: false, why: error.message });
  return null;
});
if (browser) step('end-to-end tests', 'npx', ['playwright', 'test'], { SAFEHOLD_CHROMIUM: browser });

let passed = 0;
let failed = 0;
const reports = { 'unit tests': '.cache/vitest.json', 'end-to-end tests': '.cache/playwright.json' };
if (existsSync('.cache/vitest.json')) {
  const v = JSON.parse(readFileSync('.cache/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
}
if (existsSync('.cache/playwright.json')) {
  const p = JSON.parse(readFileSync('.cache/playwright.json', 'utf8'));
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.stats.flaky ?? 0);
}
// A failed step with no report of its own (build, type check, lint, a crashed runner) counts
// as one failure, so that it can never read as a pass.
for (const s of steps) if (!s.ok && !(reports[s.name] && existsSync(reports[s.name]))) failed += 1;
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}${s.why ? `: ${s.why}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
