// Folder-level direction (part of `npm run lint`): modules are folders (shared/X, electron/core/X,
// electron/X, renderer/src/X); no two modules may depend on each other, directly or around a loop.
// dependency-cruiser's own folder scope counts every sub-folder and every test's helper import, so
// the check runs here over its resolved graph, with tests left out (they may use any module).
import { spawnSync } from 'node:child_process';

const MODULE = /^(shared\/[^/]+(?=\/)|electron\/core\/[^/]+(?=\/)|electron\/[^/]+(?=\/)|renderer\/src\/[^/]+(?=\/)|shared|renderer\/src|electron)/;
const isTest = (file) => /\.test\.tsx?$/.test(file) || file.startsWith('tests/');
const moduleOf = (file) => file.match(MODULE)?.[0] ?? null;

const cruise = spawnSync('npx', ['depcruise', '--config', '.dependency-cruiser.cjs', '--output-type', 'json', 'shared', 'renderer', 'electron'], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  shell: process.platform === 'win32',
});
if (!cruise.stdout) {
  console.error(`folder cycles: dependency-cruiser printed nothing\n${cruise.stderr}`);
  process.exit(1);
}
const graph = new Map();
const why = new Map();
for (const mod of JSON.parse(cruise.stdout).modules) {
  if (isTest(mod.source)) continue;
  const from = moduleOf(mod.source);
  if (!from) continue;
  for (const dep of mod.dependencies) {
    const to = moduleOf(dep.resolved);
    if (!to || to === from || isTest(dep.resolved)) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from).add(to);
    if (!why.has(`${from}>${to}`)) why.set(`${from}>${to}`, `${mod.source} → ${dep.resolved}`);
  }
}

// Tarjan's strongly connected components: any component of two or more modules is a loop.
let index = 0;
const stack = [];
const state = new Map();
const loops = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
  }
  if (state.get(v).low === state.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) loops.push(component);
  }
}
for (const v of graph.keys()) if (!state.has(v)) visit(v);

for (const loop of loops) {
  console.error(`folder cycle between ${loop.sort().join(', ')}:`);
  for (const a of loop) for (const b of loop) if (why.has(`${a}>${b}`)) console.error(`  ${why.get(`${a}>${b}`)}`);
}
if (loops.length) process.exit(1);
console.log(`no folder cycles (${graph.size} modules)`);
