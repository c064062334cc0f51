import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SafeholdError } from '../../../shared/errors';
import { PublicationPayload, renderHtml, renderMarkdown } from '../../../shared/publication/payload';
import { writeFileAtomic } from '../vault/files';
import { payloadHash, verifyStatement } from './approval';

export const StoryJson = z.strictObject({
  format: z.literal('safehold-publication/1'),
  publicationId: z.string().max(100),
  title: z.string().max(500),
  text: z.string().max(2_000_000),
  needs: PublicationPayload.shape.needs,
  total: PublicationPayload.shape.total,
  approval: z.strictObject({ statement: z.record(z.string(), z.unknown()), signature: z.string().max(200), reviewerPublicKey: z.string().max(100) }),
});
export type StoryJson = z.infer<typeof StoryJson>;

export const EXPORT_FILES = ['story.md', 'story.html', 'story.json'] as const;

/** Writes the three files of a publication, and nothing else, into `folder`. */
export function writeExport(folder: string, story: StoryJson): string[] {
  mkdirSync(folder, { recursive: true });
  const payload: PublicationPayload = { title: story.title, text: story.text, needs: story.needs, total: story.total };
  const files: [string, string][] = [
    ['story.md', renderMarkdown(payload)],
    ['story.html', renderHtml(payload)],
    ['story.json', `${JSON.stringify(StoryJson.parse(story), null, 2)}\n`],
  ];
  for (const [name, content] of files) writeFileAtomic(folder, path.join(folder, name), new TextEncoder().encode(content));
  return files.map(([name]) => path.join(folder, name));
}

export interface ExportCheck {
  story: StoryJson;
  problems: string[];
}

/**
 * Checks an export folder against its signature: the statement is signed by the key given,
 * the payload hash matches story.json, and story.md and story.html are exactly what that
 * payload renders to, so an edit to any of the three files is caught.
 */
export function verifyExportFolder(folder: string, trustedKeys?: string[]): ExportCheck {
  const file = path.join(folder, 'story.json');
  if (!existsSync(file)) throw new SafeholdError('not-found', `${folder} has no story.json: it is not a Safehold export.`);
  const parsed = StoryJson.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new SafeholdError('damaged', 'story.json is not a Safehold publication');
  const story = parsed.data;
  const problems: string[] = [];
  const payload: PublicationPayload = { title: story.title, text: story.text, needs: story.needs, total: story.total };
  try {
    const statement = verifyStatement(story.approval.statement, story.approval.signature, story.approval.reviewerPublicKey);
    if (statement.payloadHash !== payloadHash(payload)) problems.push('story.json: the text, title or needs differ from what the reviewer approved');
  } catch (error) {
    problems.push(`story.json: ${(error as Error).message}`);
  }
  if (trustedKeys && !trustedKeys.includes(story.approval.reviewerPublicKey)) problems.push('the approving key is not a reviewer key of this vault, nor the key given');
  for (const [name, expected] of [['story.md', renderMarkdown(payload)], ['story.html', renderHtml(payload)]] as const) {
    const actual = existsSync(path.join(folder, name)) ? readFileSync(path.join(folder, name), 'utf8') : null;
    if (actual === null) problems.push(`${name} is missing`);
    else if (actual !== expected) problems.push(`${name} was changed after approval`);
  }
  return { story, problems };
}
