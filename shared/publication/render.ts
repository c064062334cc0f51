import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { PUBLICATION_HEADINGS } from './language';
import { money, type PublicationPayload } from './payload';

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const totalLine = (p: PublicationPayload) => Object.entries(p.total).map(([c, v]) => money(v, c)).join(' + ');
const needLine = (n: PublicationPayload['needs'][number]) => `${money(n.amount, n.currency)}${n.purpose ? ` — ${n.purpose}` : ''}`;

/** Lines of one paragraph as markdown text nodes with hard breaks between them. */
function lines(paragraph: string): PhrasingContent[] {
  return paragraph.split('\n').flatMap((line, i): PhrasingContent[] => (i ? [{ type: 'break' }, { type: 'text', value: line }] : [{ type: 'text', value: line }]));
}

/**
 * story.md. Built as a markdown syntax tree and serialised by mdast-util-to-markdown, which
 * escapes every character that would otherwise start markup in its place: HTML typed into a
 * story, an image or a link stays literal text in every markdown renderer.
 */
export function renderMarkdown(p: PublicationPayload): string {
  const headings = PUBLICATION_HEADINGS[p.language ?? 'en'];
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: p.title }] },
    ...paragraphs(p.text).map((x): RootContent => ({ type: 'paragraph', children: lines(x) })),
  ];
  if (p.needs.length) {
    children.push(
      { type: 'heading', depth: 2, children: [{ type: 'text', value: headings.needs }] },
      { type: 'list', ordered: false, spread: false, children: p.needs.map((n) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: needLine(n) }] }] })) },
      { type: 'paragraph', children: [{ type: 'text', value: `${headings.total}: ${totalLine(p)}` }] },
    );
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { bullet: '-', rule: '-' });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** story.html. Self-contained: no script, no remote resource, every piece of text escaped, in the story's language. */
export function renderHtml(p: PublicationPayload): string {
  const language = p.language ?? 'en';
  const headings = PUBLICATION_HEADINGS[language];
  const needs = p.needs.map((n) => `<li>${escapeHtml(needLine(n))}</li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(p.title)}</title>`,
    '<style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.6;padding:0 1em}</style>',
    '</head><body>',
    `<h1>${escapeHtml(p.title)}</h1>`,
    ...paragraphs(p.text).map((x) => `<p>${escapeHtml(x).replace(/\n/g, '<br>')}</p>`),
    ...(p.needs.length ? [`<h2>${escapeHtml(headings.needs)}</h2><ul>${needs}</ul><p><strong>${escapeHtml(headings.total)}: ${escapeHtml(totalLine(p))}</strong></p>`] : []),
    '</body></html>',
    '',
  ].join('\n');
}
