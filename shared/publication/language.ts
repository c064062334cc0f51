import { z } from 'zod';

/** The languages a Safehold story is published in: the interface's three. */
export const StoryLanguage = z.enum(['en', 'ru', 'be']);
export type StoryLanguage = z.infer<typeof StoryLanguage>;

// Letters only one of the three languages uses. Belarusian has і and ў (and Łacinka's
// č, š, ž, ł, ŭ, ć, ś, ź, ń); Russian has и, щ and ъ, which Belarusian lacks. A general
// language identifier (franc and the like) is trained on long text and often calls a short
// Belarusian story Russian or Ukrainian; for three known languages these letters decide better.
const BELARUSIAN = /[іўІЎčšžłŭćśźńČŠŽŁŬĆŚŹŃ]/gu;
const RUSSIAN = /[иъщИЪЩ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The story's language, from its text: Belarusian or Russian by their own letters, else English. */
export function detectStoryLanguage(text: string): StoryLanguage {
  const belarusian = count(text, BELARUSIAN);
  const russian = count(text, RUSSIAN);
  const cyrillic = count(text, CYRILLIC);
  const latin = count(text, LATIN);
  if (cyrillic > latin) return belarusian > russian ? 'be' : 'ru';
  // Latin script: Belarusian Łacinka if its letters are there in any number, English otherwise.
  return belarusian * 50 >= latin && belarusian > 0 ? 'be' : 'en';
}

/** The fixed words of a publication, in each language (natural phrasing, not word for word). */
export const PUBLICATION_HEADINGS: Record<StoryLanguage, { needs: string; total: string }> = {
  en: { needs: 'How you can help', total: 'Total' },
  ru: { needs: 'Чем можно помочь', total: 'Всего' },
  be: { needs: 'Чым можна дапамагчы', total: 'Усяго' },
};
