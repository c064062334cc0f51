import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { forTerminal } from './terminalText';

/**
 * Where a passphrase may come from (CONTRACT.md): SAFEHOLD_PASSPHRASE, --passphrase-file F,
 * or a prompt on a terminal that does not echo. Never a plain argument, which would stay in
 * the shell history and the process list.
 */
export async function readPassphrase(file: string | undefined, prompt = 'Passphrase: '): Promise<string> {
  if (file !== undefined) return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
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
