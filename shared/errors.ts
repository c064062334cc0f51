import type { ErrorCode } from './ipc/result';

/**
 * An error meant for a person: its message says what is wrong and what to do, and never
 * carries case data, a passphrase or key bytes.
 */
export class SafeholdError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SafeholdError';
  }
}
