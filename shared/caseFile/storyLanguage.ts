import { z } from 'zod';

/** The languages a Safehold story is published in: the interface's three, Belarusian in either script. */
export const StoryLanguage = z.enum(['en', 'ru', 'be', 'be-Latn']);
export type StoryLanguage = z.infer<typeof StoryLanguage>;
