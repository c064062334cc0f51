import { CHANNELS, splitChannel, type Channel, type Domain } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type Invoke = (channel: Channel, argument: unknown) => Promise<unknown>;

type MethodOf<C extends Channel> =
  RequestOf<C> extends undefined
    ? () => Promise<Result<ResponseOf<C>>>
    : (argument: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;

/** What the renderer sees as `window.safehold`: one method per channel, nothing else. */
export type SafeholdApi = {
  readonly [D in Domain]: { readonly [V in VerbOf<Channel, D>]: MethodOf<Extract<Channel, `${D}:${V}`>> };
};

/**
 * Builds the API from the channel list, so the preload (over ipcRenderer) and the test
 * bridge (over HTTP) cannot drift from the contract. Results are passed through untouched:
 * only main decides what a value is.
 */
export function buildApi(invoke: Invoke): SafeholdApi {
  const api: Record<string, Record<string, (argument?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [domain, verb] = splitChannel(channel);
    const methods = (api[domain] ??= {});
    methods[verb] = (argument?: unknown) => invoke(channel, argument);
  }
  for (const methods of Object.values(api)) Object.freeze(methods);
  return Object.freeze(api) as unknown as SafeholdApi;
}
