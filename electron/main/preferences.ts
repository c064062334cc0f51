import Store from 'electron-store';
import { createPrefsStore, type PrefsStore } from '../core/prefs/prefsStore';

/** electron-store holds preferences and nothing else; the core's schema guards every key. */
export function openPreferences(): PrefsStore {
  return createPrefsStore(new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true }));
}
