import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { findingOf, SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import { PublicationPayload, publicationProblems, remoteLinkCount } from '../../../shared/publication/payload';
import { renderHtml, renderMarkdown } from '../../../shared/publication/render';
import { fsyncDir, writeSynced } from '../files/durable';
import { readRegularFile } from '../files/regularFile';
import { payloadHash, verifyStatement } from './approval';

export const StoryJson = z.strictObject({
  format: z.literal('safehold-publication/1'),
  publicationId: z.string().max(100),
  title: z.string().max(500),
  text: z.string().max(2_000_000),
  needs: PublicationPayload.shape.needs,
  total: PublicationPayload.shape.total,
  language: PublicationPayload.shape.language,
  approval: z.strictObject({ statement: z.record(z.string(), z.unknown()), signature: z.string().max(200), reviewerPublicKey: z.string().max(100) }),
});
export type StoryJson = z.infer<typeof StoryJson>;

/** The signed payload inside story.json. */
export const storyPayload = (story: StoryJson): PublicationPayload => ({
  title: story.title, text: story.text, needs: story.needs, total: story.total, ...(story.language ? { language: story.language } : {}),
});

/**
 * The folder a publication goes to must be new or empty and a real folder: writing into a
 * folder with other files could overwrite or mingle with them, and a symbolic link could
 * send the files anywhere (into the vault itself, or over a file the person never chose).
 */
function checkTarget(folder: string): 'new' | 'empty' {
  let stat;
  try {
    stat = lstatSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'new';
    throw new SafeholdError('export.folderUnusable', { folder, reason: (error as NodeJS.ErrnoException).code ?? '?' });
  }
  if (stat.isSymbolicLink()) throw new SafeholdError('export.symlink', { folder });
  if (!stat.isDirectory()) throw new SafeholdError('export.notAFolder', { folder });
  if (readdirSync(folder).length) throw new SafeholdError('export.notEmpty', { folder });
  return 'empty';
}

/**
 * Writes the three files of a publication, and nothing else, as a new folder `folder`. They
 * are written into a temporary folder beside it and that folder is renamed into place, so a
 * reader sees all three files or none, and a failure leaves nothing behind.
 */
export function writeExport(folder: string, story: StoryJson): string[] {
  const payload = storyPayload(story);
  const links = remoteLinkCount(payload);
  if (links) throw new SafeholdError('export.remoteLinks', { count: links });
  const target = path.resolve(folder);
  const state = checkTarget(target);
  const parent = path.dirname(target);
  if (!existsSync(parent)) throw new SafeholdError('export.parentMissing', { folder: parent });
  const files: [string, string][] = [
    ['story.md', renderMarkdown(payload)],
    ['story.html', renderHtml(payload)],
    ['story.json', `${JSON.stringify(StoryJson.parse(story), null, 2)}\n`],
  ];
  const staging = mkdtempSync(path.join(parent, `.${path.basename(target)}.safehold-`));
  try {
    for (const [name, content] of files) writeSynced(path.join(staging, name), content, 0o644);
    fsyncDir(staging);
    if (state === 'empty') {
      // Checked again just before: something written into it meanwhile is not thrown away.
      checkTarget(target);
      rmdirSync(target);
    }
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof SafeholdError) throw error;
    throw new SafeholdError('export.writeFailed', { folder: target, reason: (error as NodeJS.ErrnoException).code ?? '?' });
  }
  fsyncDir(parent);
  return files.map(([name]) => path.join(target, name));
}

export interface ExportCheck {
  story: StoryJson;
  problems: ErrorText[];
}

function readStoryJson(folder: string): StoryJson {
  const file = path.join(folder, 'story.json');
  if (!existsSync(file)) throw new SafeholdError('export.noStoryJson', { folder });
  let json: unknown;
  try {
    json = JSON.parse(readRegularFile(file, 'story.json'));
  } catch (error) {
    if (error instanceof SafeholdError) throw error;
    throw new SafeholdError('export.storyNotJson');
  }
  const parsed = StoryJson.safeParse(json);
  if (!parsed.success) throw new SafeholdError('export.notPublication');
  return parsed.data;
}

/** What `export verify` concluded about who approved an export. */
export type SignerTrust = 'trusted' | 'unknown' | 'untrusted';

/**
 * Checks an export folder against its signature: the statement is signed by the key in
 * story.json, the payload hash matches story.json, and story.md and story.html are exactly
 * what that payload renders to, so an edit to any of the three files is caught. Who signed
 * is a separate answer: a key story.json carries proves nothing by itself (anyone can sign
 * a forgery with their own key), so without `trustedKeys` the signer is "unknown".
 */
export function verifyExportFolder(folder: string, trustedKeys?: string[]): ExportCheck & { signer: SignerTrust } {
  const story = readStoryJson(folder);
  const problems: ErrorText[] = [];
  const inStoryJson = (problem: ErrorText) => textOf('finding.at', { what: textOf('part.file', { file: 'story.json' }), problem });
  const payload = storyPayload(story);
  try {
    const statement = verifyStatement(story.approval.statement, story.approval.signature, story.approval.reviewerPublicKey);
    if (statement.payloadHash !== payloadHash(payload)) problems.push(inStoryJson(textOf('exportCheck.notApproved')));
  } catch (error) {
    problems.push(inStoryJson(findingOf(error, textOf('approval.signatureMismatch'))));
  }
  problems.push(...publicationProblems(payload).map(inStoryJson));
  for (const [name, expected] of [['story.md', renderMarkdown(payload)], ['story.html', renderHtml(payload)]] as const) {
    const file = path.join(folder, name);
    const actual = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (actual === null) problems.push(textOf('exportCheck.fileMissing', { file: name }));
    else if (actual !== expected) problems.push(textOf('exportCheck.fileChanged', { file: name }));
  }
  const signer: SignerTrust = !trustedKeys ? 'unknown' : trustedKeys.includes(story.approval.reviewerPublicKey) ? 'trusted' : 'untrusted';
  if (signer === 'untrusted') problems.push(textOf('exportCheck.untrusted'));
  return { story, problems, signer };
}
