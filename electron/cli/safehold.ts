import { useNodeDictionaries } from '../core/morphology/nodeDictionaries';
import { parseArguments } from './arguments';
import { BAD_INPUT, exitFor, type AnyCommand, type CommandResult, type ExitCode } from './command';
import { COMMANDS } from './commands';
import { forTerminal, jsonForTerminal } from './terminalText';

const TABLE: [string, AnyCommand][] = Object.entries(COMMANDS);

function helpText(): string {
  const width = Math.max(...TABLE.map(([, c]) => c.usage.length));
  return [
    'safehold: the Safehold command line (no Electron needed)',
    '',
    'usage: npx safehold <command> [options]',
    '',
    ...TABLE.map(([, c]) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Passphrases come from SAFEHOLD_PASSPHRASE, --passphrase-file F, or a prompt; never an argument.',
    'Add --debug to see a stack trace with an error.',
  ].join('\n');
}

function findCommand(args: string[]): { name: string; spec: AnyCommand; rest: string[] } | null {
  for (const [name, spec] of TABLE) {
    const words = name.split(' ');
    if (words.every((word, i) => args[i] === word)) return { name, spec, rest: args.slice(words.length) };
  }
  return null;
}

async function main(argv: string[]): Promise<ExitCode> {
  useNodeDictionaries();
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    process.stdout.write(`${helpText()}\n`);
    return args.length === 0 ? BAD_INPUT : 0;
  }
  const found = findCommand(args);
  if (!found) {
    process.stderr.write(forTerminal(`safehold: unknown command '${args.join(' ')}'; see 'safehold --help'\n`));
    return BAD_INPUT;
  }
  const { name, spec, rest } = found;
  try {
    const parsed = parseArguments(spec, rest);
    const result: CommandResult = await spec.run(parsed);
    // Everything printed passes here: --json output keeps its value, human output loses escapes.
    const stdout = result.stdout && (parsed.flags['--json'] ? jsonForTerminal(result.stdout) : forTerminal(result.stdout));
    if (stdout) process.stdout.write(stdout.endsWith('\n') ? stdout : `${stdout}\n`);
    if (result.stderr) process.stderr.write(`${forTerminal(result.stderr)}\n`);
    return result.code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`safehold ${name}: ${forTerminal(message)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${forTerminal(error.stack)}\n`);
    return exitFor(spec, error);
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
