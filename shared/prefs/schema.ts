import { z } from 'zod';

export const LANGUAGES = ['en', 'ru', 'be'] as const;
export type Language = (typeof LANGUAGES)[number];

export const WindowBounds = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(320).max(20_000),
  height: z.number().int().min(240).max(20_000),
});

/**
 * The only things Safehold ever writes outside the vault. Nothing here may identify a case:
 * a seized laptop's settings file must give nothing away.
 */
export const Preferences = z.strictObject({
  language: z.enum(LANGUAGES),
  autoLockMinutes: z.number().int().min(1).max(120),
  lastVaultFolder: z.string().min(1).max(4096).nullable(),
  windowBounds: WindowBounds.nullable(),
});
export type Preferences = z.infer<typeof Preferences>;

export const PreferencesPatch = Preferences.partial();
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'en',
  autoLockMinutes: 5,
  lastVaultFolder: null,
  windowBounds: null,
};
