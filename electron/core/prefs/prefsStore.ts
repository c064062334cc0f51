import {
  DEFAULT_PREFERENCES,
  Preferences,
  PreferencesPatch,
} from '../../../shared/prefs/schema';
import { SafeholdError, schemaIssues } from '../../../shared/errors';

/** What electron-store and its base, conf, have in common: all this module needs. */
export interface KeyValueBackend {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export interface PrefsStore {
  read(): Preferences;
  /** Refuses the whole patch, writing nothing, if any key is unknown or any value invalid. */
  update(patch: unknown): Preferences;
}

const KNOWN_KEYS = Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[];

/**
 * The same schema guards electron-store in the app and conf in plain Node, so tests and
 * the command line see exactly what the shell stores.
 */
export function createPrefsStore(backend: KeyValueBackend): PrefsStore {
  const read = (): Preferences => {
    const stored = backend.store;
    const result: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
    for (const key of KNOWN_KEYS) {
      const field = Preferences.shape[key].safeParse(stored[key]);
      if (field.success) result[key] = field.data;
    }
    // A value someone wrote into the file by hand that we do not know is removed, never kept.
    for (const key of Object.keys(stored)) {
      if (!(KNOWN_KEYS as string[]).includes(key)) backend.delete(key);
    }
    return Preferences.parse(result);
  };

  const update = (patch: unknown): Preferences => {
    const parsed = PreferencesPatch.safeParse(patch);
    if (!parsed.success) {
      throw new SafeholdError('prefs.invalid', { issues: schemaIssues(parsed.error) });
    }
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value !== undefined) backend.set(key, value);
    }
    return read();
  };

  return { read, update };
}
