import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('shell.openExternal', () => {
  it.each([
    "import { shell } from 'electron';\nvoid shell.openExternal('https://example.org');",
    "import * as electron from 'electron';\nvoid electron.shell.openExternal('https://example.org');",
    "import { shell } from 'electron';\nconst { openExternal } = shell;\nvoid openExternal;",
    "import { shell } from 'electron';\nvoid shell['openExternal']('https://example.org');",
  ])('is refused by lint: %s', async (code) => {
    expect((await messages('electron/main/bad.ts', code)).join('\n')).toMatch(/openExternal is forbidden/);
  });
});
