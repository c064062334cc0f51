import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { publicationPayload, publicationProblems, type PublicationPayload } from './payload';
import { renderHtml, renderMarkdown } from './render';

const HOSTILE = [
  '<img src="https://tracker.example/p.gif">',
  '<script>alert(1)</script>',
  '![x](https://tracker.example/p.gif)',
  '[click](https://tracker.example/)',
  '<https://tracker.example/>',
  '*bold* _it_ `code` ~~s~~ \\ &amp; &#60;',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '1. not a list',
  '    not code',
  '<!-- hidden -->',
  '[ref]: https://tracker.example/',
];

const payload = (text: string, purpose = 'rent'): PublicationPayload => ({
  title: `Title ${text}`, text, needs: [{ amount: 5, currency: 'EUR', purpose: `${purpose} ${text}` }], total: { EUR: 5 }, language: 'en',
});

function kinds(node: Nodes, out = new Set<string>()): Set<string> {
  out.add(node.type);
  if ('children' in node) for (const child of node.children) kinds(child, out);
  return out;
}

function texts(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  if ('children' in node) for (const child of node.children) texts(child, out);
  return out;
}

describe('story.md', () => {
  it.each(HOSTILE)('keeps markup typed into the story literal: %s', (hostile) => {
    const tree = fromMarkdown(renderMarkdown(payload(hostile)));
    const found = kinds(tree);
    for (const markup of ['html', 'image', 'link', 'imageReference', 'linkReference', 'definition', 'code', 'inlineCode', 'emphasis', 'strong', 'blockquote']) {
      expect(found.has(markup), `${markup} in ${JSON.stringify(hostile)}`).toBe(false);
    }
    // The reader sees exactly what was typed: escaping adds no visible character.
    const visible = texts(tree).join('\n');
    expect(visible).toContain(hostile.trim());
  });

  it('has the title, one paragraph per paragraph, the needs and the total', () => {
    const md = renderMarkdown({ title: 'A story', text: 'First line\nsecond line\n\nSecond paragraph', needs: [{ amount: 500, currency: 'EUR', purpose: 'rent' }, { amount: 20, currency: 'USD' }], total: { EUR: 500, USD: 20 } });
    const tree = fromMarkdown(md);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'list', 'paragraph']);
    expect(md).toContain('# A story');
    expect(md).toContain('- 500 EUR — rent');
    expect(md).toContain('Total: 500 EUR + 20 USD');
  });
});

describe('story.html', () => {
  it('escapes everything and loads nothing', () => {
    for (const hostile of HOSTILE) {
      const html = renderHtml(payload(hostile));
      expect(html).not.toMatch(/<(img|script|a)\b/i);
      expect(html).not.toContain('<!-- hidden');
    }
  });

  it('is in the story\'s language: lang set, headings translated', () => {
    const base = { text: 'x', needs: [{ amount: 5, currency: 'EUR' }], total: { EUR: 5 } };
    const en = renderHtml({ ...base, title: 'A story', language: 'en' });
    const ru = renderHtml({ ...base, title: 'История', language: 'ru' });
    const be = renderHtml({ ...base, title: 'Гісторыя', language: 'be' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>How you can help</h2>');
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('<h2>Чем можно помочь</h2>');
    expect(ru).toContain('Всего: 5 EUR');
    expect(be).toContain('<html lang="be">');
    expect(be).toContain('<h2>Чым можна дапамагчы</h2>');
    expect(be).toContain('Усяго: 5 EUR');
    expect(renderMarkdown({ ...base, title: 'Гісторыя', language: 'be' })).toContain('## Чым можна дапамагчы');
    const lacinka = renderHtml({ ...base, title: 'Historyja', language: 'be-Latn' });
    expect(lacinka).toContain('<html lang="be-Latn">');
    expect(lacinka).toContain('<h2>Čym možna dapamahčy</h2>');
  });

  it('takes the language from the case, or from the story itself', () => {
    const data = (text: string, language?: 'en' | 'ru' | 'be') => ({ format: 'case-file/1' as const, subject: { fullName: 'X Y' }, story: { text, ...(language ? { language } : {}) } });
    expect(publicationPayload(data('Яго затрымалі ў сакавіку, і сям\'я засталася без грошай.'), { title: 't', text: 'Яго затрымалі ў сакавіку, і сям\'я засталася без грошай.' }).language).toBe('be');
    expect(publicationPayload(data(''), { title: 't', text: 'Его задержали в марте, и семья осталась без денег.' }).language).toBe('ru');
    expect(publicationPayload(data(''), { title: 't', text: 'He was detained in March and the family was left without money.' }).language).toBe('en');
    expect(publicationPayload(data(''), { title: 't', text: 'Jaho zatrymali ŭ sakaviku, i siamja zastałasia biez hrošaj.' }).language).toBe('be-Latn');
    expect(publicationPayload(data('', 'ru'), { title: 't', text: 'He was detained.' }).language).toBe('ru');
  });
});

describe('remote resources in published text', () => {
  it.each([
    ['text', 'See https://tracker.example/p.gif'],
    ['text', 'See http://x.example'],
    ['text', '![x](//tracker.example/p.gif)'],
    ['text', 'data:image/png;base64,AAAA'],
    ['text', 'ftp://files.example/a'],
    ['title', 'javascript:alert(1)'],
    ['purpose', 'pay at https://pay.example'],
  ])('are refused in the %s: %s', (field, value) => {
    const p: PublicationPayload = { title: 't', text: 'story', needs: [{ amount: 1, currency: 'EUR', purpose: 'rent' }], total: { EUR: 1 } };
    if (field === 'text') p.text = value;
    if (field === 'title') p.title = value;
    if (field === 'purpose') p.needs[0]!.purpose = value;
    expect(publicationProblems(p).map((problem) => problem.key)).toEqual(['exportCheck.remoteLinks']);
  });

  it('leave ordinary text alone', () => {
    expect(publicationProblems({ title: 'He wrote to us: "help"', text: 'At 10:30 the data: nothing. 2/3 of the sum, w/o help.', needs: [], total: {} })).toEqual([]);
  });
});
