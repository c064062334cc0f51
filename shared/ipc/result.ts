import type { ErrorCode, ErrorKey, Params, SafeholdError, SchemaIssue } from '../errors';

/**
 * Every IPC call answers with a value, never a thrown error: a rejected promise across the
 * context bridge loses its type and may leak a stack trace into the renderer.
 */
export interface IpcError {
  code: ErrorCode;
  /** What the renderer words in the person's language, with `params` (never case data or key material). */
  key: ErrorKey;
  params: Params;
  /** The fields a schema refused, for the `{{issues}}` blank and for forms that mark each field. */
  issues?: SchemaIssue[];
  /** The English wording, for logs and for a screen that has no translation loaded yet. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** The error as it crosses IPC: its key, parameters and issues, and its English wording. */
export const fail = (error: SafeholdError): Result<never> => ({
  ok: false,
  error: { code: error.code, key: error.key, params: error.params, ...(error.issues ? { issues: [...error.issues] } : {}), message: error.message },
});
