import type { PrefsStore } from '../prefs/prefsStore';
import type { Handlers } from './dispatch';

export interface CoreServices {
  prefs: PrefsStore;
  version: string;
  preview: boolean;
}

/** The handlers are plain functions over the core: the shell and the test bridge share them. */
export function createCoreHandlers({ prefs, version, preview }: CoreServices): Handlers {
  return {
    'app:info': () => ({ name: 'Safehold', version, preview }),
    'prefs:get': () => prefs.read(),
    'prefs:set': (patch) => prefs.update(patch),
  };
}
