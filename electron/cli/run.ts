import { checkCommand, redactCommand, scanCommand } from './redactionCommands';
import { caseImport, caseList, vaultInit, vaultVerify } from './vaultCommands';

import type { CommandResult } from './result';

export type { CommandResult } from './result';

type Runner = (args: string[]) => Promise<CommandResult> | CommandResult;

const notBuiltYet =
  (name: string): Runner =>
  () => ({ code: 2, stderr: `safehold ${name}: this command is not available in this version yet` });

const RUNNERS: Record<string, Runner> = {
  redact: redactCommand,
  scan: scanCommand,
  check: checkCommand,
  'vault init': vaultInit,
  'vault verify': vaultVerify,
  'case import': caseImport,
  'case list': caseList,
};

export function runCommand(name: string, args: string[]): Promise<CommandResult> | CommandResult {
  return (RUNNERS[name] ?? notBuiltYet(name))(args);
}
