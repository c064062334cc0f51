import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CasePageRequest } from '../../../shared/ipc/vaultSchemas';
import type { CaseState } from '../../../shared/workflow/caseStates';
import { cryptoReady, newKey } from '../crypto/sodium';
import { CaseIndex } from './caseIndex';
import { CaseOrder } from './caseOrder';

const dirs: string[] = [];
beforeAll(cryptoReady);
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function indexOf(cases: [title: string, state: CaseState, updatedAt: string, search: string][]): CaseIndex {
  const dir = mkdtempSync(path.join(tmpdir(), 'safehold-order-'));
  dirs.push(dir);
  const index = new CaseIndex(dir, 'vault-id', newKey(), 1);
  index.load();
  cases.forEach(([title, state, updatedAt, search], i) => index.put({ id: `case-${String(i).padStart(6, '0')}`, version: 1, title, state, createdAt: '2026-01-01T00:00:00.000Z', updatedAt, search }));
  return index;
}

const CASES: [string, CaseState, string, string][] = [
  ['Сергей Коваленко, Лида', 'draft', '2026-03-01T10:00:00.000Z', 'сергей коваленко лида'],
  ['Aliaksandr Novik, Brest', 'approved', '2026-03-04T10:00:00.000Z', 'aliaksandr novik brest'],
  ['Volha Zhuk, Hrodna', 'in-review', '2026-03-02T10:00:00.000Z', 'volha zhuk hrodna'],
  ['Siarhei Lis, Pinsk', 'draft', '2026-03-03T10:00:00.000Z', 'siarhei lis pinsk'],
];
const view = (patch: Partial<CasePageRequest> = {}): CasePageRequest => ({ sort: 'updatedAt', descending: true, state: null, query: '', language: 'en', offset: 0, limit: 100, ...patch });
const titles = (rows: { title: string }[]) => rows.map((r) => r.title.split(',')[0]);

describe('the case list in pages', () => {
  it('sorts by last change, title in the language of the screen, or state', async () => {
    const order = new CaseOrder(indexOf(CASES));
    expect(titles((await order.page(view())).rows)).toEqual(['Aliaksandr Novik', 'Siarhei Lis', 'Volha Zhuk', 'Сергей Коваленко']);
    expect(titles((await order.page(view({ descending: false }))).rows)).toEqual(['Сергей Коваленко', 'Volha Zhuk', 'Siarhei Lis', 'Aliaksandr Novik']);
    // English puts Latin before Cyrillic, Russian the other way round.
    expect(titles((await order.page(view({ sort: 'title', descending: false }))).rows)).toEqual(['Aliaksandr Novik', 'Siarhei Lis', 'Volha Zhuk', 'Сергей Коваленко']);
    expect(titles((await order.page(view({ sort: 'title', descending: false, language: 'ru' }))).rows)[0]).toBe('Сергей Коваленко');
    // States in their workflow order, the latest change first within one.
    expect(titles((await order.page(view({ sort: 'state', descending: false }))).rows)).toEqual(['Siarhei Lis', 'Сергей Коваленко', 'Volha Zhuk', 'Aliaksandr Novik']);
  });

  it('cuts the view into ranges and counts the view and the vault', async () => {
    const order = new CaseOrder(indexOf(CASES));
    const second = await order.page(view({ offset: 1, limit: 2 }));
    expect(titles(second.rows)).toEqual(['Siarhei Lis', 'Volha Zhuk']);
    expect(second).toMatchObject({ total: 4, count: 4, offset: 1 });
    expect((await order.page(view({ offset: 10 }))).rows).toEqual([]);
    expect(second.rows[0]).not.toHaveProperty('search');
  });

  it('filters by state and searches in any spelling, counting what is shown', async () => {
    const order = new CaseOrder(indexOf(CASES));
    const drafts = await order.page(view({ state: 'draft' }));
    expect(titles(drafts.rows)).toEqual(['Siarhei Lis', 'Сергей Коваленко']);
    expect(drafts).toMatchObject({ total: 2, count: 4 });
    // Siarhei finds Сергей (the engine's fold) as well as the case spelt that way.
    expect(titles((await order.page(view({ query: ' Siarhei ' }))).rows)).toEqual(['Siarhei Lis', 'Сергей Коваленко']);
    expect(titles((await order.page(view({ query: 'Siarhei', state: 'draft', sort: 'title', descending: false }))).rows)).toEqual(['Siarhei Lis', 'Сергей Коваленко']);
    expect((await order.page(view({ query: 'nobody' }))).total).toBe(0);
  });

  it('follows the index: a save moves its case and changes the revision', async () => {
    const index = indexOf(CASES);
    const order = new CaseOrder(index);
    const before = await order.page(view());
    index.put({ id: 'case-000000', version: 2, title: 'Сергей Коваленко, Лида', state: 'redaction', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-03-05T10:00:00.000Z', search: 'сергей коваленко лида' });
    const after = await order.page(view());
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.rows[0]).toMatchObject({ id: 'case-000000', version: 2, state: 'redaction' });
    expect(titles((await order.page(view({ query: 'лида' }))).rows)).toEqual(['Сергей Коваленко']);
  });
});
