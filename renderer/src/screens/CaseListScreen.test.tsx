// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CasePageRequest, CasePageResponse, CaseSummary } from '../../../shared/ipc/vaultSchemas';
import { initI18n } from '../i18n';
import { forgetCaseList } from '../vault/caseListMemory';
import { CaseListScreen } from './CaseListScreen';

const COUNT = 1000;
const CASES: CaseSummary[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `case-${i}`, version: 1, title: `${i % 2 ? 'Siarhei' : 'Volha'} Case ${i}`, state: 'draft',
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
}));

beforeAll(async () => {
  await initI18n('en');
  // jsdom lays nothing out: the list's box is given the height of a window.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
  HTMLElement.prototype.scrollTo = function scrollTo(options?: ScrollToOptions | number) {
    if (typeof options === 'object') this.scrollTop = options.top ?? this.scrollTop;
  };
});
afterEach(() => {
  cleanup();
  forgetCaseList();
});

/** A core whose answers to page requests wait until the test lets them go. */
function fakeCore() {
  const waiting: (() => void)[] = [];
  let held = false;
  const page = vi.fn(async (request: CasePageRequest) => {
    const rows = CASES.filter((c) => c.title.toLowerCase().includes(request.query.toLowerCase()));
    const value: CasePageResponse = { total: rows.length, count: COUNT, revision: 1, offset: request.offset, rows: rows.slice(request.offset, request.offset + request.limit) };
    if (held) await new Promise<void>((resolve) => waiting.push(resolve));
    return { ok: true as const, value };
  });
  const api = { cases: { page, conflicts: vi.fn(async () => ({ ok: true as const, value: [] })), import: vi.fn() } } as unknown as SafeholdApi;
  return {
    api,
    page,
    hold: () => (held = true),
    release: async () => {
      held = false;
      await act(async () => waiting.splice(0).forEach((resolve) => resolve()));
    },
  };
}

const list = () => screen.getByRole('table');
const titles = () => within(list()).queryAllByRole('button').filter((b) => !b.classList.contains('sort')).map((b) => b.textContent);

describe('CaseListScreen', () => {
  it('shows only the rows in view of a thousand, with the count', async () => {
    const core = fakeCore();
    render(<CaseListScreen api={core.api} canEdit={false} onOpen={vi.fn()} onNew={vi.fn()} />);
    expect(await screen.findByText('Cases: 1000')).toBeTruthy();
    expect(titles().length).toBeGreaterThan(5);
    expect(titles().length).toBeLessThan(100);
    expect(list().getAttribute('aria-busy')).toBe('false');
  });

  it('echoes each key at once and keeps the rows until the search answers, marked busy meanwhile', async () => {
    const core = fakeCore();
    render(<CaseListScreen api={core.api} canEdit={false} onOpen={vi.fn()} onNew={vi.fn()} />);
    await screen.findByText('Cases: 1000');
    const before = titles();
    core.hold();
    const search = screen.getByRole('searchbox', { name: 'Search names, titles, places…' });
    await userEvent.type(search, 'volha');
    expect((search as HTMLInputElement).value).toBe('volha');
    expect(titles()).toEqual(before);
    expect(list().getAttribute('aria-busy')).toBe('true');
    await core.release();
    expect(await screen.findByText('Shown: 500 of 1000')).toBeTruthy();
    expect(list().getAttribute('aria-busy')).toBe('false');
    expect(titles().every((t) => t?.startsWith('Volha'))).toBe(true);
    // The core searches; the screen asks for the first page of what was typed, not per row.
    expect(core.page).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'volha', offset: 0, limit: 100 }));

    await userEvent.clear(search);
    expect(await screen.findByText('Cases: 1000')).toBeTruthy();
    expect(titles()).toEqual(before);
  });

  it('comes back from a case with its rows and search at once, before the core answers again', async () => {
    const core = fakeCore();
    const onOpen = vi.fn();
    const first = render(<CaseListScreen api={core.api} canEdit={false} onOpen={onOpen} onNew={vi.fn()} />);
    await screen.findByText('Cases: 1000');
    await userEvent.type(screen.getByRole('searchbox'), 'siarhei');
    await screen.findByText('Shown: 500 of 1000');
    const shown = titles();
    await userEvent.click(screen.getByRole('button', { name: shown[0]! }));
    expect(onOpen).toHaveBeenCalledWith(CASES.find((c) => c.title === shown[0])!.id);
    first.unmount();

    core.hold();
    render(<CaseListScreen api={core.api} canEdit={false} onOpen={onOpen} onNew={vi.fn()} />);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('siarhei');
    expect(screen.getByText('Shown: 500 of 1000')).toBeTruthy();
    expect(titles()).toEqual(shown);
    await core.release();
  });
});
