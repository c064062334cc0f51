import type { AnyCommand, Arguments } from './command';

/** The arguments do not fit the command: exit 2 with its usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Splits a command's arguments by its spec: options with their value, flags, positionals. */
export function parseArguments(spec: AnyCommand, args: string[]): Arguments<string, string> {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const flags: Record<string, boolean> = Object.fromEntries(spec.flags.map((f) => [f, false]));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (spec.options.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value; usage: ${spec.usage}`);
      options[arg] = value;
    } else if (spec.flags.includes(arg)) flags[arg] = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; usage: ${spec.usage}`);
    else positional.push(arg);
  }
  const { min, max = min } = spec.positional;
  if (positional.length < min || positional.length > max) throw new UsageError(`usage: ${spec.usage}`);
  return { positional, options, flags };
}
