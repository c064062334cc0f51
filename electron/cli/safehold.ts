import { SafeholdError } from '../../shared/errors';
import { useNodeDictionaries } from '../core/morphology/nodeDictionaries';
import { COMMANDS, type CommandSpec } from './commands';
import { runCommand, type CommandResult } from './run';
import { forTerminal, jsonForTerminal } from './terminalText';

export const EXIT = { ok: 0, found: 1, badInput: 2 } as const;

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'safehold: the Safehold command line (no Electron needed)',
    '',
    'usage: npx safehold <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Passphrases come from SAFEHOLD_PASSPHRASE, --passphrase-file F, or a prompt; never an argument.',
    'Add --debug to see a stack trace with an error.',
  ].join('\n');
}

function findCommand(args: string[]): { spec: CommandSpec; rest: string[] } | null {
  for (const spec of COMMANDS) {
    const words = spec.name.split(' ');
    if (words.every((word, i) => args[i] === word)) return { spec, rest: args.slice(words.length) };
  }
  return null;
}

async function main(argv: string[]): Promise<number> {
  useNodeDictionaries();
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return args.length === 0 ? EXIT.badInput : EXIT.ok;
  }
  const found = findCommand(args);
  if (!found) {
    process.stderr.write(forTerminal(`safehold: unknown command '${args.join(' ')}'; see 'safehold --help'\n`));
    return EXIT.badInput;
  }
  try {
    const result: CommandResult = await runCommand(found.spec.name, found.rest);
    // Everything printed passes here: --json output keeps its value, human output loses escapes.
    const stdout = result.stdout && (found.rest.includes('--json') ? jsonForTerminal(result.stdout) : forTerminal(result.stdout));
    if (stdout) process.stdout.write(stdout.endsWith('\n') ? stdout : `${stdout}\n`);
    if (result.stderr) process.stderr.write(`${forTerminal(result.stderr)}\n`);
    return result.code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`safehold ${found.spec.name}: ${forTerminal(message)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${forTerminal(error.stack)}\n`);
    // verify: damage that stops the vault from opening at all is still damage (exit 1).
    if (found.spec.name === 'vault verify' && error instanceof SafeholdError && error.code === 'damaged') return EXIT.found;
    // export verify knows two answers (CONTRACT.md): a folder that is no valid export is invalid.
    if (found.spec.name === 'export verify' && error instanceof SafeholdError && error.code !== 'unauthorized') return EXIT.found;
    return EXIT.badInput;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
