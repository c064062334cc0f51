import type { CaseFile } from '../caseFile/schema';
import { redactStory } from '../redaction';

/**
 * The first published purpose of each need: the engine's redaction of the original, in the
 * order of data.needs. The person then edits them in the redaction editor like the story.
 */
export function initialPurposes(data: CaseFile): string[] {
  return (data.needs ?? []).map((need) => (need.purpose ? redactStory(data, need.purpose).text : ''));
}
