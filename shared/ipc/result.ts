/**
 * Every IPC call answers with a value, never a thrown error: a rejected promise across the
 * context bridge loses its type and may leak a stack trace into the renderer.
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

export interface IpcError {
  code: ErrorCode;
  /** Worded for the person at the keyboard; never contains case data or key material. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
