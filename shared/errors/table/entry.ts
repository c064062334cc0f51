import type { ErrorCode } from '../codes';

/**
 * One row: the English wording with its `{{blanks}}`, and the coarse code when the row can be
 * thrown. A row without a code is only ever a part of another message (a field's problem, the
 * thing that is damaged, a passphrase's weakness).
 */
export interface Entry {
  readonly code?: ErrorCode;
  readonly en: string;
}

export type Table = Readonly<Record<string, Entry>>;
