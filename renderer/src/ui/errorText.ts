import type { TFunction } from 'i18next';
import type { IpcError } from '../../../shared/ipc/result';

/**
 * An error from the core, as the person should read it. One place, so that the core's
 * error codes are worded in the person's language here as soon as they carry parameters.
 */
export function errorText(error: IpcError, _t: TFunction): string {
  return error.message;
}
