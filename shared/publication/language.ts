import { detectLanguage } from '../redaction';
import type { StoryLanguage } from '../caseFile/storyLanguage';

/** The story's language as the engine reads it from the text; English when there is too little to tell. */
export function detectStoryLanguage(text: string): StoryLanguage {
  return detectLanguage(text) ?? 'en';
}

/** The fixed words of a publication, in each language (natural phrasing, not word for word). */
export const PUBLICATION_HEADINGS: Record<StoryLanguage, { needs: string; total: string }> = {
  en: { needs: 'How you can help', total: 'Total' },
  ru: { needs: 'Чем можно помочь', total: 'Всего' },
  be: { needs: 'Чым можна дапамагчы', total: 'Усяго' },
  'be-Latn': { needs: 'Čym možna dapamahčy', total: 'Usiaho' },
};
