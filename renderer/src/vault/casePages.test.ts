import { describe, expect, it } from 'vitest';
import type { CasePageResponse } from '../../../shared/ipc/vaultSchemas';
import { mergePage, PAGE_ROWS, pagesOf, rowAt } from './casePages';

const row = (n: number) => ({ id: `case-${String(n).padStart(6, '0')}`, version: 1, title: `Case ${n}`, state: 'draft' as const, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
const page = (number: number, revision = 1, total = 250): CasePageResponse => ({
  total, count: 300, revision, offset: number * PAGE_ROWS,
  rows: Array.from({ length: Math.min(PAGE_ROWS, total - number * PAGE_ROWS) }, (_, i) => row(number * PAGE_ROWS + i)),
});

describe('the case list pages held by the screen', () => {
  it('names the pages a range of positions needs', () => {
    expect(pagesOf(0, 20)).toEqual([0]);
    expect(pagesOf(95, 130)).toEqual([0, 1]);
    expect(pagesOf(-3, 0)).toEqual([0]);
  });

  it('holds the pages of one view by position', () => {
    const first = mergePage(null, 'view', page(0))!;
    const both = mergePage(first, 'view', page(2))!;
    expect(rowAt(both, 5)?.title).toBe('Case 5');
    expect(rowAt(both, 120)).toBeUndefined();
    expect(rowAt(both, 249)?.title).toBe('Case 249');
    expect(both).toMatchObject({ total: 250, count: 300, revision: 1 });
  });

  it('changes nothing when a page comes again unchanged', () => {
    const held = mergePage(null, 'view', page(0))!;
    expect(mergePage(held, 'view', page(0))).toBe(held);
  });

  it('drops everything held when the index changed or the view did, and ignores an older answer', () => {
    const held = mergePage(mergePage(null, 'view', page(0))!, 'view', page(1))!;
    const newer = mergePage(held, 'view', page(1, 2))!;
    expect(newer.revision).toBe(2);
    expect(rowAt(newer, 0)).toBeUndefined();
    expect(mergePage(newer, 'view', page(0, 1))).toBe(newer);
    const other = mergePage(newer, 'other view', page(0, 2, 40))!;
    expect(other).toMatchObject({ view: 'other view', total: 40 });
    expect(rowAt(other, 150)).toBeUndefined();
  });
});
