// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CasePageRequest } from '../../../shared/ipc/vaultSchemas';
import { initI18n, switchLanguage } from '../i18n';
import { BundlesScreen } from './BundlesScreen';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  cleanup();
  await switchLanguage('en');
});

const ALA = '11111 22222 33333 44444 55555 66666';
const row = (id: string, title: string, state: string) => ({ id, title, state, updatedAt: '2026-12-01T10:00:00.000Z' });
const byState: Record<string, ReturnType<typeof row>[]> = {
  'in-review': [row('caseInReview01', 'In review', 'in-review')],
  approved: [row('caseApproved01', 'Approved here', 'approved')],
  exported: [row('caseExported01', 'Exported here', 'exported')],
};

function fakeApi(report: unknown) {
  const send = vi.fn(async () => ({ ok: true as const, value: { bundleId: 'b', purpose: 'publication' as const, file: '/media/stick/x.safehold-bundle', bytes: 65536, cases: 2 } }));
  const receive = vi.fn(async () => ({ ok: true as const, value: report }));
  const api = {
    contacts: { list: async () => ({ ok: true, value: [{ name: 'Admin Ala', roles: ['admin'], fingerprint: ALA, status: 'trusted', addedAt: '' }] }) },
    cases: {
      page: async ({ state }: CasePageRequest) => ({ ok: true, value: { rows: byState[state ?? ''] ?? [], total: 0, offset: 0 } }),
      conflicts: async () => ({ ok: true, value: [] }),
    },
    bundles: { send, receive, inspect: vi.fn(), progress: async () => ({ ok: true, value: null }) },
    dialog: { chooseFolder: vi.fn(), chooseFile: vi.fn() },
  } as unknown as SafeholdApi;
  return { api, send, receive };
}

const everything = {
  bundleId: 'b1', purpose: 'review', from: { name: 'Admin Ala', fingerprint: ALA },
  added: ['caseAdded0001'], updated: ['caseUpdated001'], conflicts: ['caseTwoVers01'],
  ignored: [{ id: 'caseDeleted001', deletedAt: '2026-11-20T08:00:00.000Z' }], publications: [],
};

describe('BundlesScreen', () => {
  it('sends approved publications, exported cases among them, when asked to (and only those are offered)', async () => {
    const { api, send } = fakeApi(everything);
    const user = userEvent.setup();
    render(<BundlesScreen api={api} canSendPublications onOpenCase={vi.fn()} onOpenPublications={vi.fn()} />);
    // Cases or decisions: an exported case is offered too (its decision goes back as approved).
    expect(await screen.findByRole('checkbox', { name: /Exported here/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /In review/ })).toBeTruthy();
    const what = screen.getByRole('group', { name: 'What to send' });
    await user.click(within(what).getByRole('radio', { name: /Approved publications/ }));
    expect(screen.queryByRole('checkbox', { name: /In review/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Approved here/ }));
    await user.click(screen.getByRole('checkbox', { name: /Exported here/ }));
    await user.selectOptions(screen.getByLabelText('Send to'), ALA);
    await user.type(screen.getByLabelText('Folder to write the bundle in (a USB stick)'), '/media/stick');
    await user.click(screen.getByRole('button', { name: 'Seal and write' }));
    expect(send).toHaveBeenCalledWith({ to: ALA, caseIds: ['caseApproved01', 'caseExported01'], folder: '/media/stick', publication: true });
    expect((await screen.findByText(/2 approved publication\(s\) sealed and written/)).textContent).toContain('/media/stick/x.safehold-bundle');
  });

  it('offers no publication choice to someone who may not send one', async () => {
    render(<BundlesScreen api={fakeApi(everything).api} canSendPublications={false} onOpenCase={vi.fn()} onOpenPublications={vi.fn()} />);
    await screen.findByRole('checkbox', { name: /In review/ });
    expect(screen.queryByRole('group', { name: 'What to send' })).toBeNull();
  });

  it('shows everything a bundle taken in did: added, updated, two versions, left out and why', async () => {
    const { api } = fakeApi(everything);
    const onOpenCase = vi.fn();
    const user = userEvent.setup();
    render(<BundlesScreen api={api} canSendPublications onOpenCase={onOpenCase} onOpenPublications={vi.fn()} />);
    await user.type(screen.getByLabelText('Bundle file'), '/media/stick/in.safehold-bundle');
    await user.click(screen.getByRole('button', { name: 'Take it in' }));
    expect(await screen.findByText('From Admin Ala: 1 added, 1 updated, 1 kept in two versions.')).toBeTruthy();
    const outcome = screen.getByRole('heading', { name: 'What the bundle did' }).parentElement!;
    expect(within(outcome).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Added (1)', 'Updated (1)', "Kept in two versions, for a person to choose one on the case's screen (1)", 'Not taken in (1)',
    ]);
    expect(outcome.textContent).toMatch(/case caseDeleted001: deleted here on 20 Nov 2026.*a bundle does not bring it back/);
    await user.click(within(outcome).getByRole('button', { name: 'Open case caseTwoVers01' }));
    expect(onOpenCase).toHaveBeenCalledWith('caseTwoVers01');
  });

  it('names the publications received and leads to them, in Russian', async () => {
    await switchLanguage('ru');
    const { api } = fakeApi({ ...everything, purpose: 'publication', added: [], updated: [], conflicts: [], ignored: [], publications: ['pubAAAA1111'] });
    const onOpenPublications = vi.fn();
    const user = userEvent.setup();
    render(<BundlesScreen api={api} canSendPublications onOpenCase={vi.fn()} onOpenPublications={onOpenPublications} />);
    await user.type(screen.getByLabelText('Файл пакета'), '/media/stick/in.safehold-bundle');
    await user.click(screen.getByRole('button', { name: 'Принять' }));
    expect(await screen.findByText('От Admin Ala: получено одобренных публикаций: 1.')).toBeTruthy();
    const outcome = screen.getByRole('heading', { name: 'Что сделал пакет' }).parentElement!;
    expect(within(outcome).getByRole('heading', { level: 4 }).textContent).toBe('Получено одобренных публикаций (1): это не дела');
    expect(outcome.textContent).toContain('pubAAAA1111');
    await user.click(within(outcome).getByRole('button', { name: 'Открыть полученные публикации' }));
    expect(onOpenPublications).toHaveBeenCalled();
  });
});
