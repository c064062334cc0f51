import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the layer rules', () => {
  it.each([
    ['shared/redaction/bad.ts', "import { app } from 'electron';"],
    ['shared/redaction/bad.ts', "import fs from 'node:fs';"],
    ['shared/redaction/bad.ts', "import { readFile } from 'fs';"],
    ['shared/redaction/bad.ts', "import { dispatch } from '../../electron/core/ipc/dispatch';"],
    ['shared/redaction/bad.ts', "import { App } from '../../renderer/src/App';"],
    ['renderer/src/bad.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/bad.ts', "import path from 'node:path';"],
    ['renderer/src/bad.ts', "import { dispatch } from '../../electron/core/ipc/dispatch';"],
    ['electron/core/vault/bad.ts', "import { app } from 'electron';"],
    ['electron/core/vault/bad.ts', "import { registerIpcHandlers } from '../../main/ipc';"],
    ['electron/core/vault/bad.ts', "import { submit } from '../workflow/steps';"],
    ['electron/cli/bad.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/preload/bad.ts', "import { shell } from 'electron';"],
    ['electron/preload/bad.ts', "import { dispatch } from '../core/ipc/dispatch';"],
    ['renderer/src/bad.ts', "import { residualRisk } from '../../shared/redaction/risk';"],
    ['electron/bench/bad.ts', "import { buildNameIndex } from '../../shared/redaction/variants';"],
    ['electron/cli/bad.ts', "import { suggest } from '../../shared/redaction/suggest';"],
    ['shared/publication/bad.ts', "import { foldWord } from '../redaction/fold';"],
    ['tests/cli/bad.test.ts', "import { analyze } from '../../shared/redaction/analyze';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['electron/main/ok.ts', "import { app } from 'electron';"],
    ['electron/preload/ok.ts', "import { contextBridge, ipcRenderer } from 'electron';"],
    ['electron/core/vault/ok.ts', "import fs from 'node:fs';"],
    ['electron/core/workflow/ok.ts', "import { currentCase } from '../vault/caseStore';"],
    ['renderer/src/ok.ts', "import { CHANNELS } from '../../shared/ipc/channels';"],
    ['renderer/src/ok.ts', "import { scanStory } from '../../shared/redaction';"],
    ['shared/redaction/ok.ts', "import { foldWord } from './fold';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport {};\n`)).toEqual([]);
  });

  it('keeps shared/ free of runtime globals', async () => {
    expect(await violations('shared/bad.ts', 'export const x = process.env.HOME;')).not.toEqual([]);
  });
});
