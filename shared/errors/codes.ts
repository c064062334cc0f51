/**
 * The coarse kind of an error: what the command line's exit code and the IPC contract turn
 * on. The key of an error (table/) is finer and says what to tell the person.
 */
export const ERROR_CODES = [
  'invalid-argument',
  'invalid-response',
  'forbidden-sender',
  'unknown-channel',
  'locked',
  'unauthorized',
  'forbidden',
  'damaged',
  'busy',
  'not-found',
  'conflict',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
