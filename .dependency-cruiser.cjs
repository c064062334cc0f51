/** The layer rules of eslint.config.js, checked again on the resolved import graph. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    // Folder-level direction between modules is checked by build/folderCycles.mjs over this graph.
    { name: 'workflow-over-vault', severity: 'error', comment: 'The workflow steps use the vault; the vault never knows the workflow.', from: { path: '^electron/core/vault/' }, to: { path: '^electron/core/workflow/' } },
    { name: 'shared-is-pure', severity: 'error', from: { path: '^shared/' }, to: { path: '^(electron|renderer)/' } },
    { name: 'shared-no-node', severity: 'error', from: { path: '^shared/', pathNot: '\\.test\\.ts$' }, to: { dependencyTypes: ['core'] } },
    { name: 'renderer-only-shared', severity: 'error', from: { path: '^renderer/' }, to: { path: '^electron/' } },
    { name: 'renderer-no-node', severity: 'error', from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' }, to: { dependencyTypes: ['core'] } },
    { name: 'core-not-shell', severity: 'error', from: { path: '^electron/(core|cli)/' }, to: { path: '^electron/(main|preload)/' } },
    { name: 'only-shell-imports-electron', severity: 'error', from: { pathNot: '^electron/(main|preload)/' }, to: { path: '^node_modules/electron/' } },
    { name: 'preload-only-shared', severity: 'error', from: { path: '^electron/preload/' }, to: { path: '^(electron/(main|core)|renderer)/' } },
    { name: 'production-never-imports-tests', severity: 'error', from: { path: '^(shared|renderer|electron)/', pathNot: '\\.test\\.tsx?$' }, to: { path: '^tests/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
