// `npm test`: build, type-check, lint, then every vitest test in Node and every Playwright
// test in Debian's Chromium. Ends with one plain line, `N passed, N failed`, for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const steps = [];
const step = (name, command, args) => {
  const status = run(command, args);
  steps.push({ name, ok: status === 0 });
  return status === 0;
};

rmSync('.cache/vitest.json', { force: true });
rmSync('.cache/playwright.json', { force: true });

step('build', 'node', ['build/build.mjs']);
step('type check', 'npx', ['tsc', '-b']);
step('lint', 'npm', ['run', '--silent', 'lint']);
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.cache/vitest.json']);
step('end-to-end tests', 'npx', ['playwright', 'test']);

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
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
