import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { CONTRACT, MAX_ARGUMENT_BYTES, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { SafeholdError, schemaIssues } from '../../../shared/errors';
import type { z } from 'zod';

type ParsedRequest<C extends Channel> = z.output<(typeof CONTRACT)[C]['request']>;

/** One handler per channel: leaving one out is a compile error. */
export type Handlers = {
  [C in Channel]: (argument: ParsedRequest<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

function sizeOf(argument: unknown): number {
  if (argument === undefined) return 0;
  try {
    return JSON.stringify(argument)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * The single path every IPC call takes, in Electron and in the test bridge alike: the
 * argument arrives as unknown, is bounded and parsed, and the handler's value is parsed on
 * the way out so that nothing the contract does not name (such as key bytes) can leave.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  argument: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail(new SafeholdError('ipc.unknownChannel'));
  if (sizeOf(argument) > MAX_ARGUMENT_BYTES) {
    return fail(new SafeholdError('ipc.tooLarge', { channel, limit: MAX_ARGUMENT_BYTES }));
  }
  const { request, response } = CONTRACT[channel];
  const parsed = request.safeParse(argument);
  if (!parsed.success) return fail(new SafeholdError('ipc.invalidArgument', { channel, issues: schemaIssues(parsed.error) }));
  let value: unknown;
  try {
    const handler = handlers[channel] as (a: RequestOf<Channel>) => unknown;
    value = await handler(parsed.data as RequestOf<Channel>);
  } catch (error) {
    return fail(error instanceof SafeholdError ? error : new SafeholdError('ipc.internal'));
  }
  const checked = response.safeParse(value);
  if (!checked.success) {
    return fail(new SafeholdError('ipc.invalidResponse', { channel }));
  }
  return ok(checked.data);
}
