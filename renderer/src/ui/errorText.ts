import type { TFunction } from 'i18next';
import { paramStrings, type ErrorText } from '../../../shared/errors';
import type { IpcError } from '../../../shared/ipc/result';
import { fieldLabel } from './fieldLabel';

/** A message of the core in the person's language: its key's template, each blank filled, nested messages worded the same way, refused fields by their labels. */
export function sayError(text: ErrorText, t: TFunction): string {
  const values = paramStrings(text.params, (nested) => sayError(nested, t), (path) => fieldLabel(path, t));
  return t(text.key, { ns: 'errors', keySeparator: false, nsSeparator: false, ...values });
}

/** An error from the core, as the person should read it: worded here, never the core's English. */
export function errorText(error: IpcError, t: TFunction): string {
  return sayError({ key: error.key, params: error.issues ? { ...error.params, issues: error.issues } : error.params }, t);
}
