import Conf from 'conf';
import type { KeyValueBackend } from './prefsStore';

/** Preferences in plain Node (command line, test bridge): conf is electron-store's own base. */
export function openConfBackend(folder: string): KeyValueBackend {
  return new Conf<Record<string, unknown>>({
    cwd: folder,
    configName: 'preferences',
    projectName: 'safehold',
    clearInvalidConfig: true,
  });
}
