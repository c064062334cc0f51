import { z } from 'zod';
import type { CaseFile } from '../caseFile/schema';
import { SafeholdError, textOf, type ErrorText } from '../errors';
import { detectStoryLanguage } from './language';
import { StoryLanguage } from '../caseFile/storyLanguage';
import { remoteReferences } from './remoteReferences';

/** Exactly what is published: the reviewer's signature covers these bytes and nothing else. */
export const PublicationPayload = z.strictObject({
  title: z.string().max(500),
  text: z.string().max(2_000_000),
  needs: z.array(z.strictObject({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/), purpose: z.string().max(1000).optional() })).max(100),
  total: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().nonnegative()),
  /** The story's language: story.html is marked with it and its headings are in it. */
  language: StoryLanguage.optional(),
});
export type PublicationPayload = z.infer<typeof PublicationPayload>;

/** The parts of a redaction that are published. */
export interface PublishedRedaction {
  title: string;
  text: string;
  purposes?: string[] | undefined;
}

/**
 * The publication of a case: the redacted title, story and purposes, with the amounts and
 * currencies of the record. Nothing of the record is published unredacted: a need's purpose
 * comes from the redaction only.
 */
export function publicationPayload(data: CaseFile, redaction: PublishedRedaction): PublicationPayload {
  const records = data.needs ?? [];
  const purposes = redaction.purposes ?? [];
  // A redaction saved before purposes were redacted carries none: it may publish needs without them, never the originals.
  if (purposes.length !== records.length && (purposes.length || records.some((n) => n.purpose?.trim()))) throw new SafeholdError('publication.stalePurposes');
  const needs = records.map((n, i) => ({ amount: n.amount, currency: n.currency, ...(purposes[i]?.trim() ? { purpose: purposes[i]! } : {}) }));
  const total: Record<string, number> = {};
  for (const n of needs) total[n.currency] = (total[n.currency] ?? 0) + n.amount;
  const language = data.story?.language ?? detectStoryLanguage(`${redaction.title}\n${redaction.text}`);
  return { title: redaction.title, text: redaction.text, needs, total, language };
}

export const money = (amount: number, currency: string) => `${amount} ${currency}`;

/**
 * Everything a reader of the publication sees, as plain text without markup: what the leak
 * check and the URL check read. Markup escaping (a backslash before `_` in an e-mail) could
 * hide an identifier from the leak check, so it runs on this text, never on story.md.
 */
export function readerText(p: PublicationPayload): string {
  return readerTexts(p).join('\n\n');
}

/**
 * The same, one text per thing a reader sees apart (title, story, each need, the total): the
 * leak check reads each on its own, so digits of one (a phone at the end of the story) never
 * run into the next (an amount) and hide from it.
 */
export function readerTexts(p: PublicationPayload): string[] {
  return [
    p.title,
    p.text,
    ...p.needs.map((n) => `${money(n.amount, n.currency)}${n.purpose ? ` — ${n.purpose}` : ''}`),
    Object.entries(p.total).map(([c, v]) => money(v, c)).join(' + '),
  ];
}

/** How many remote resources the published text links to: with any, it is not published whatever the reviewer says. */
export const remoteLinkCount = (p: PublicationPayload): number => remoteReferences(readerText(p)).length;

/** Why a payload may not be published whatever the reviewer says (today: URLs to remote resources). */
export function publicationProblems(p: PublicationPayload): ErrorText[] {
  const urls = remoteReferences(readerText(p));
  return urls.length ? [textOf('exportCheck.remoteLinks', { urls })] : [];
}

/** JSON with keys sorted at every level: the same value always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What the reviewer signs. `caseRef` is a keyed hash of the case id (no internal id is
 * published); the reviewer is named by key fingerprint, never by name.
 */
export const ApprovalStatement = z.strictObject({
  format: z.literal('safehold-approval/1'),
  caseRef: z.string().max(100),
  redactionVersion: z.number().int().min(1),
  payloadHash: z.string().max(100),
  reviewerKey: z.string().max(100),
  time: z.string().max(40),
  acceptedRisksHash: z.string().max(100),
});
export type ApprovalStatement = z.infer<typeof ApprovalStatement>;
