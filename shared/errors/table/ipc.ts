import type { Table } from './entry';

/** Refused on the way in or out of the IPC bridge, before or after any core code ran. */
export const IPC = {
  'ipc.unknownChannel': { code: 'unknown-channel', en: 'This request is not part of Safehold.' },
  'ipc.forbiddenSender': { code: 'forbidden-sender', en: 'This request did not come from the Safehold window.' },
  'ipc.tooLarge': { code: 'invalid-argument', en: '{{channel}}: the request is larger than {{limit}} bytes.' },
  'ipc.bodyTooLarge': { code: 'invalid-argument', en: 'The request is too large.' },
  'ipc.notJson': { code: 'invalid-argument', en: 'The request is not JSON.' },
  'ipc.invalidArgument': { code: 'invalid-argument', en: '{{channel}}: {{issues}}' },
  'ipc.internal': { code: 'internal', en: 'Something went wrong inside Safehold. Nothing was changed; please try again.' },
  'ipc.invalidResponse': { code: 'invalid-response', en: '{{channel}}: Safehold produced an answer it does not recognise.' },
} as const satisfies Table;
