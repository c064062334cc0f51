// Layers, as in VS Code: every file belongs to one layer, named after the runtime it may use,
// and these rules keep each layer to its own imports. dependency-cruiser checks the same on
// the resolved graph (.dependency-cruiser.cjs).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noElectron = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node: no Node built-ins.' }));
// The redaction engine is used through shared/redaction/index.ts only, so its insides can change.
const noDeepRedaction = { regex: '(^|/)redaction/(?!index(\\.ts)?$).+', message: 'Import the redaction engine from shared/redaction (its index), not from its files.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Safehold opens nothing outside itself: a link handed to the system browser makes the
      // network request the app never makes, and can run a program through a crafted URL.
      'no-restricted-properties': ['error', { property: 'openExternal', message: 'shell.openExternal is forbidden: Safehold opens no URL outside the app.' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[computed=true] > Literal[value='openExternal']", message: 'shell.openExternal is forbidden: Safehold opens no URL outside the app.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...noNode],
        patterns: [{ regex: '(^|/)(electron|renderer)/', message: 'shared/ imports nothing from electron/ or renderer/.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/redaction/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...noNode],
        patterns: [{ regex: '(^|/)(electron|renderer)/', message: 'shared/ imports nothing from electron/ or renderer/.' }, noDeepRedaction],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...noNode],
        patterns: [{ regex: '(^|/)electron/', message: 'renderer/ imports shared/ only.' }, noDeepRedaction],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts', 'electron/bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [{ regex: '(^|/)(main|preload|renderer)/', message: 'The core and the command line run in plain Node: never import electron/main, electron/preload or renderer/.' }, noDeepRedaction],
      }],
    },
  },
  {
    files: ['electron/core/vault/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron],
        patterns: [
          { regex: '(^|/)(main|preload|renderer)/', message: 'The core and the command line run in plain Node: never import electron/main, electron/preload or renderer/.' },
          { regex: '^[.][.]/workflow/', message: 'The workflow steps use the vault; the vault never imports core/workflow.' },
        ],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], message: 'The preload uses only contextBridge and ipcRenderer.' }, ...noNode],
        patterns: [{ regex: '(^|/)(main|core|renderer)/', message: 'The preload bundles shared/ only.' }],
      }],
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Tests never load the real 'electron': mock it." }] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "Tests never load the real 'electron': mock it." }], patterns: [noDeepRedaction] }],
    },
  },
);
