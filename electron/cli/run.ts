import { checkCommand, redactCommand, scanCommand } from './redactionCommands';
import { exportVerify, vaultReviewers } from './exportCommands';
import { caseImport, caseList, vaultInit, vaultVerify } from './vaultCommands';

import type { CommandResult } from './result';

export type { CommandResult } from './result';

type Runner = (args: string[]) => Promise<CommandResult> | CommandResult;

const RUNNERS: Record<string, Runner> = {
  redact: redactCommand,
  scan: scanCommand,
  check: checkCommand,
  'vault init': vaultInit,
  'vault verify': vaultVerify,
  'vault reviewers': vaultReviewers,
  'case import': caseImport,
  'case list': caseList,
  'export verify': exportVerify,
};

export function runCommand(name: string, args: string[]): Promise<CommandResult> | CommandResult {
  const runner = RUNNERS[name];
  if (!runner) throw new Error(`unknown command ${name}`);
  return runner(args);
}
