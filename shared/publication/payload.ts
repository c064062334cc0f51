import { z } from 'zod';
import type { CaseFile } from '../caseFile/schema';

/** Exactly what is published: the reviewer's signature covers these bytes and nothing else. */
export const PublicationPayload = z.strictObject({
  title: z.string().max(500),
  text: z.string().max(2_000_000),
  needs: z.array(z.strictObject({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/), purpose: z.string().max(1000).optional() })).max(100),
  total: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().nonnegative()),
});
export type PublicationPayload = z.infer<typeof PublicationPayload>;

export function publicationPayload(data: CaseFile, redactedTitle: string, redactedText: string): PublicationPayload {
  const needs = (data.needs ?? []).map((n) => ({ amount: n.amount, currency: n.currency, ...(n.purpose ? { purpose: n.purpose } : {}) }));
  const total: Record<string, number> = {};
  for (const n of needs) total[n.currency] = (total[n.currency] ?? 0) + n.amount;
  return { title: redactedTitle, text: redactedText, needs, total };
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

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const money = (amount: number, currency: string) => `${amount} ${currency}`;

export function renderMarkdown(p: PublicationPayload): string {
  const needs = p.needs.map((n) => `- ${money(n.amount, n.currency)}${n.purpose ? ` — ${n.purpose}` : ''}`);
  const total = Object.entries(p.total).map(([c, v]) => money(v, c)).join(' + ');
  return [`# ${p.title}`, '', ...paragraphs(p.text).flatMap((x) => [x, '']), ...(needs.length ? ['## Needs', '', ...needs, '', `Total: ${total}`, ''] : [])].join('\n');
}

/** Self-contained: no script, no remote resource, every piece of text escaped. */
export function renderHtml(p: PublicationPayload): string {
  const needs = p.needs.map((n) => `<li>${escapeHtml(money(n.amount, n.currency))}${n.purpose ? ` — ${escapeHtml(n.purpose)}` : ''}</li>`).join('');
  const total = escapeHtml(Object.entries(p.total).map(([c, v]) => money(v, c)).join(' + '));
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(p.title)}</title>`,
    '<style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.6;padding:0 1em}</style>',
    '</head><body>',
    `<h1>${escapeHtml(p.title)}</h1>`,
    ...paragraphs(p.text).map((x) => `<p>${escapeHtml(x).replace(/\n/g, '<br>')}</p>`),
    ...(p.needs.length ? [`<h2>Needs</h2><ul>${needs}</ul><p><strong>Total: ${total}</strong></p>`] : []),
    '</body></html>',
    '',
  ].join('\n');
}
