import { describe, expect, it } from 'vitest';
import { SafeholdError } from '../../shared/errors';
import { parseArguments, UsageError } from './arguments';
import { exitFor } from './command';
import { COMMANDS } from './commands';

describe('the command table', () => {
  it('gives every command the exit codes 0 and 2 and a usage that starts with its name', () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      expect(Object.keys(spec.exits), name).toEqual(expect.arrayContaining(['0', '2']));
      expect(spec.usage.startsWith(`${name} `), name).toBe(true);
    }
  });

  it('splits options, flags and positionals as the spec declares them', () => {
    const parsed = parseArguments(COMMANDS['case list'], ['vault-dir', '--user', '--json', '--json']);
    expect(parsed).toEqual({ positional: ['vault-dir'], options: { '--user': '--json' }, flags: { '--json': true } });
  });

  it('refuses an unknown option, a missing value and a wrong number of positionals', () => {
    expect(() => parseArguments(COMMANDS.redact, ['case.json', '--force'])).toThrow(/unknown option --force; usage: redact/);
    expect(() => parseArguments(COMMANDS['vault init'], ['dir', '--user'])).toThrow(/--user needs a value/);
    expect(() => parseArguments(COMMANDS.check, ['case.json'])).toThrow(UsageError);
    expect(() => parseArguments(COMMANDS['case import'], ['dir'])).toThrow(/usage: case import/);
    expect(parseArguments(COMMANDS['case import'], ['dir', 'a.json', 'b.json']).positional).toEqual(['dir', 'a.json', 'b.json']);
  });

  it('maps a thrown error to the exit code of its row', () => {
    expect(exitFor(COMMANDS['vault verify'], new SafeholdError('index.cutShort'))).toBe(1);
    expect(exitFor(COMMANDS['vault verify'], new SafeholdError('vault.wrongPassphrase'))).toBe(2);
    expect(exitFor(COMMANDS['export verify'], new SafeholdError('export.noStoryJson', { folder: 'x' }))).toBe(1);
    expect(exitFor(COMMANDS['export verify'], new SafeholdError('vault.wrongPassphrase'))).toBe(2);
    expect(exitFor(COMMANDS['export verify'], new UsageError('usage'))).toBe(2);
    expect(exitFor(COMMANDS.redact, new SafeholdError('recovery.typo'))).toBe(2);
  });
});
