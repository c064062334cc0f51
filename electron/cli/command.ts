import { SafeholdError } from '../../shared/errors';
import type { ErrorCode } from '../../shared/errors';

/** The exit codes of CONTRACT.md: 0 ok, 1 the thing checked was found wanting, 2 bad input. */
export type ExitCode = 0 | 1 | 2;
export const BAD_INPUT = 2 satisfies ExitCode;

/** What a runner hands back to the entry point, which alone writes to the terminal. */
export interface CommandResult<X extends ExitCode = ExitCode> {
  code: X;
  stdout?: string;
  stderr?: string;
}

/** The arguments as the command's spec declared them, already checked. */
export interface Arguments<O extends string, F extends string> {
  /** In the order typed; their number is the one the spec allows. */
  positional: string[];
  options: Partial<Record<O, string>>;
  flags: Record<F, boolean>;
}

export interface CommandSpec<O extends string, F extends string, X extends ExitCode> {
  /** As `--help` shows it and as a usage error repeats it. */
  usage: string;
  summary: string;
  /** Positional arguments: exactly `min` when `max` is absent, or any number from `min` to `max`. */
  positional: { min: number; max?: number };
  /** Options that take a value (`--user NAME`). */
  options: readonly O[];
  /** Options without a value (`--json`). */
  flags: readonly F[];
  /** Every exit code the command can end with, and what it means. */
  exits: Record<X, string>;
  /**
   * The exit code of an error the runner throws, by the error's code; `otherwise` for every
   * other SafeholdError. A usage error or anything not a SafeholdError ends with 2.
   */
  errors?: Partial<Record<ErrorCode | 'otherwise', NoInfer<X>>>;
  run: (args: Arguments<O, F>) => Promise<CommandResult<NoInfer<X>>> | CommandResult<NoInfer<X>>;
}

/**
 * A command of the table, its types inferred from the spec: a runner that returns an exit
 * code, or an error mapped to one, that `exits` does not declare is a compile error.
 */
export const command = <O extends string = never, F extends string = never, X extends ExitCode = never>(spec: CommandSpec<O, F, X>) => spec;

/** Any row of the table, as the entry point runs it. */
export interface AnyCommand extends Pick<CommandSpec<string, string, ExitCode>, 'usage' | 'summary' | 'positional' | 'options' | 'flags'> {
  exits: Partial<Record<ExitCode, string>>;
  errors?: Partial<Record<ErrorCode | 'otherwise', ExitCode>>;
  run: (args: Arguments<string, string>) => Promise<CommandResult> | CommandResult;
}

/** The exit code a command's row gives an error it threw; usage errors and unexpected ones are bad input. */
export function exitFor(spec: AnyCommand, error: unknown): ExitCode {
  if (!(error instanceof SafeholdError)) return BAD_INPUT;
  return spec.errors?.[error.code] ?? spec.errors?.otherwise ?? BAD_INPUT;
}
