/**
 * Channel names alone, with no schema library: the sandboxed preload bundles this file and
 * must stay small. `contract.ts` checks at compile time that both lists agree.
 */
export const CHANNELS = [
  'app:info', 'prefs:get', 'prefs:set',
  'vault:create', 'vault:open', 'vault:close', 'vault:unlock', 'vault:lock', 'vault:status', 'vault:verify', 'vault:backup', 'vault:restore',
  'cases:page', 'cases:get', 'cases:create', 'cases:save', 'cases:import', 'cases:delete',
  'users:list', 'users:add', 'users:remove', 'users:changePassphrase',
  'audit:list',
  'vault:resetWithRecovery', 'dialog:chooseFolder', 'clipboard:scheduleClear',
  'contacts:list', 'contacts:myCard', 'contacts:writeCard', 'contacts:import', 'contacts:revoke',
  'bundles:send', 'bundles:receive', 'bundles:inspect', 'bundles:progress', 'cases:resolveConflict', 'cases:conflicts', 'dialog:chooseFile', 'vault:reviewLaptop', 'vault:makeReviewLaptop',
  'publications:list', 'publications:export',
  'redaction:save', 'workflow:submit', 'workflow:requestChanges', 'workflow:risks', 'workflow:approve', 'workflow:export',
] as const;
export type Channel = (typeof CHANNELS)[number];

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
export type Domain = DomainOf<Channel>;

/** Splits 'domain:verb'; the contract test proves every channel has exactly this shape. */
export function splitChannel(channel: Channel): [Domain, string] {
  const [domain, verb] = channel.split(':') as [Domain, string];
  return [domain, verb];
}
