import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { forTerminal } from './terminalText';

/**
 * Where a passphrase may come from (CONTRACT.md): SAFEHOLD_PASSPHRASE, --passphrase-file F,
 * or a prompt on a terminal that does not echo. Never a plain argument, which would stay in
 * the shell history and the process list.
 */
export async function readPassphrase(args: string[], prompt = 'Passphrase: '): Promise<string> {
  const fileFlag = args.indexOf('--passphrase-file');
  if (fileFlag >= 0) {
    const file = args[fileFlag + 1];
    if (!file) throw new Error('--passphrase-file needs a file name');
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  }
  if (process.env.SAFEHOLD_PASSPHRASE) return process.env.SAFEHOLD_PASSPHRASE;
  if (!process.stdin.isTTY) throw new Error('no passphrase: set SAFEHOLD_PASSPHRASE, use --passphrase-file F, or run in a terminal');
  return promptHidden(forTerminal(prompt));
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(prompt)) write.call(rl, prompt);
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** The value after a flag, and the arguments without the flag and its value. */
export function takeOption(args: string[], flag: string): { value: string | undefined; rest: string[] } {
  const at = args.indexOf(flag);
  if (at < 0) return { value: undefined, rest: args };
  return { value: args[at + 1], rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
