// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { PublicationList } from '../../../shared/ipc/exchangeSchemas';
import { initI18n, switchLanguage } from '../i18n';
import { PublicationsScreen } from './PublicationsScreen';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  cleanup();
  await switchLanguage('en');
});

const REF = 'q3Zr0kT1m2b9Yh6vX8wLpE4sNfGcUaJdViOyKtRzMnB';
const received: PublicationList = [
  { publicationId: 'pub-one-AAAAAAAA', title: 'A teacher from Lida', caseRef: REF, reviewer: 'Rita Reviewer', reviewerKey: '1234 5678', approvedAt: '2026-11-30T10:00:00.000Z', from: 'Rita Reviewer', fingerprint: '11111 22222 33333 44444 55555 66666', receivedAt: '2026-12-01T09:00:00.000Z' },
  { publicationId: 'pub-two-BBBBBBBB', title: 'A metrologist from Babruisk', caseRef: 'other-ref', reviewer: null, reviewerKey: '8765 4321', approvedAt: '2026-11-29T10:00:00.000Z', from: 'Admin Ala', fingerprint: '66666 55555 44444 33333 22222 11111', receivedAt: '2026-11-30T09:00:00.000Z' },
];

function fakeApi(exportAnswer: Awaited<ReturnType<SafeholdApi['publications']['export']>>) {
  const list = vi.fn(async () => ({ ok: true as const, value: received }));
  const exportOne = vi.fn(async () => exportAnswer);
  const chooseFolder = vi.fn(async () => ({ ok: true as const, value: { folder: '/media/stick/lida' } }));
  const api = { publications: { list, export: exportOne }, dialog: { chooseFolder } } as unknown as SafeholdApi;
  return { api, exportOne, chooseFolder };
}

const written = { ok: true as const, value: { folder: '/media/stick/lida', files: ['/media/stick/lida/story.md', '/media/stick/lida/story.html', '/media/stick/lida/story.json'] } };

describe('PublicationsScreen', () => {
  it('lists each received publication: which case reference, who approved it and when, who sent it and when', async () => {
    render(<PublicationsScreen api={fakeApi(written).api} canExport />);
    const table = await screen.findByRole('table', { name: 'Received publications: 2' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Title', 'Case reference', 'Approved', 'Received', 'Export']);
    const first = within(table).getByRole('row', { name: /A teacher from Lida/ });
    expect(first.textContent).toContain(REF);
    expect(first.textContent).toContain('publication pub-one-AAAAAAAA');
    expect(first.textContent).toMatch(/Rita Reviewer on 30 Nov 2026/);
    expect(first.textContent).toContain('key 1234 5678');
    expect(first.textContent).toMatch(/1 Dec 2026.*from Rita Reviewer/);
    // A reviewer this vault no longer trusts is said so, not named as if trusted.
    expect(within(table).getByRole('row', { name: /A metrologist from Babruisk/ }).textContent).toContain('a reviewer no longer trusted here');
  });

  it('exports one by keyboard into a folder picked with the dialog, says where and what was checked', async () => {
    const { api, exportOne, chooseFolder } = fakeApi(written);
    const user = userEvent.setup();
    render(<PublicationsScreen api={api} canExport />);
    const button = await screen.findByRole('button', { name: 'Export “A teacher from Lida”' });
    button.focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Export “A teacher from Lida”' });
    // The focus follows to the form that opened.
    expect(document.activeElement).toBe(within(form).getByRole('heading'));
    expect(within(form).getByRole('button', { name: 'Check and write' }).hasAttribute('disabled')).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Choose…' }));
    expect(chooseFolder).toHaveBeenCalled();
    expect(within(form).getByLabelText('New or empty folder')).toHaveProperty('value', '/media/stick/lida');
    await user.click(within(form).getByRole('button', { name: 'Check and write' }));
    expect(exportOne).toHaveBeenCalledWith({ publicationId: 'pub-one-AAAAAAAA', folder: '/media/stick/lida' });
    expect((await within(form).findByRole('status')).textContent).toBe(
      'Written to /media/stick/lida: story.md, story.html, story.json. The approval and the reviewer were checked again, and the files read back intact.',
    );
  });

  it('says why an export was refused, in the person\'s language', async () => {
    await switchLanguage('ru');
    const refused = {
      ok: false as const,
      error: { code: 'forbidden' as const, key: 'publication.notExported' as const, params: { id: 'pub-one-AAAAAAAA', why: { key: 'publicationWhy.untrustedReviewer' as const, params: { key: '1234 5678' } } }, message: 'x' },
    };
    const user = userEvent.setup();
    render(<PublicationsScreen api={fakeApi(refused).api} canExport />);
    await user.click(await screen.findByRole('button', { name: 'Экспортировать «A teacher from Lida»' }));
    await user.type(screen.getByLabelText('Новая или пустая папка'), '/media/stick/x');
    await user.click(screen.getByRole('button', { name: 'Проверить и записать' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^публикация pub-one-AAAAAAAA не экспортирована: .*1234 5678/);
  });

  it('offers no export to someone who may not export, and says who may', async () => {
    render(<PublicationsScreen api={fakeApi(written).api} canExport={false} />);
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /Export/ })).toBeNull();
    expect(screen.getByText('Only a reviewer or an administrator can export a publication.')).toBeTruthy();
  });

  it('says when nothing was received, in Belarusian too', async () => {
    await switchLanguage('be');
    const api = { publications: { list: async () => ({ ok: true, value: [] }) } } as unknown as SafeholdApi;
    render(<PublicationsScreen api={api} canExport />);
    expect(await screen.findByText(/Публікацый пакуль не паступала/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Атрыманыя публікацыі');
  });
});
