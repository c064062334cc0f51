// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CaseFile } from '../../../shared/caseFile/schema';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseView } from '../../../shared/ipc/vaultSchemas';
import { initI18n } from '../i18n';
import { ConflictPanel } from './ConflictPanel';

beforeAll(async () => {
  await initI18n('en');
  // jsdom draws no modal dialog: opening one only marks it open, as the browser does before it paints.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});
afterEach(cleanup);

const data = CaseFile.parse(JSON.parse(readFileSync('tests/fixtures/own-04-babruisk-metrologist.case.json', 'utf8')));
const FINGERPRINT = '12345 67890 12345 67890 12345 67890';

function record(): CaseView {
  const base = {
    id: 'case-000001', state: 'changes-requested' as const, createdAt: '2026-11-30T10:00:00.000Z', createdBy: 'Admin Ala', data,
    reviewComment: 'Say less about the plant.',
    redaction: { version: 2, title: 'A metrologist', text: 'He measured things.\n\nHe was taken in March.', decisions: [], lastEditor: 'Admin Ala', updatedAt: '2026-11-30T10:00:00.000Z' },
  };
  const theirs = {
    ...base, state: 'in-review' as const, reviewComment: undefined,
    data: { ...data, subject: { ...data.subject, city: 'Minsk' }, story: { ...data.story!, text: `${data.story!.text}\n\nEdited on intake.` } },
    redaction: { ...base.redaction, text: 'He measured things.\n\nHe was taken in spring.' },
  };
  return {
    ...base, version: 7, updatedAt: '2026-12-01T09:30:00.000Z', updatedBy: 'Rita Reviewer',
    conflict: { bundleId: 'b1', receivedAt: '2026-12-02T08:15:00.000Z', from: 'Admin Ala', fingerprint: FINGERPRINT, theirs, lineage: [] },
  };
}

function fakeApi(resolved: CaseView) {
  const resolveConflict = vi.fn(async () => ({ ok: true as const, value: resolved }));
  return { api: { cases: { resolveConflict } } as unknown as SafeholdApi, resolveConflict };
}

describe('ConflictPanel', () => {
  it('shows what differs side by side, says who sent the other version and when, and keeps one after a confirmation', async () => {
    const conflicted = record();
    const { conflict: _c, ...kept } = conflicted;
    const { api, resolveConflict } = fakeApi({ ...kept, version: 8 });
    const onResolved = vi.fn();
    render(<ConflictPanel api={api} record={conflicted} canResolve onResolved={onResolved} />);

    const compare = screen.getByRole('region', { name: 'The two versions side by side' });
    expect(within(compare).getByRole('heading', { name: 'This laptop’s version' })).toBeTruthy();
    expect(within(compare).getByRole('heading', { name: 'Version from Admin Ala' })).toBeTruthy();
    expect(compare.textContent).toContain('Last changed by Rita Reviewer');
    expect(compare.textContent).toContain(`contact fingerprint ${FINGERPRINT}`);
    // The fields that differ, labelled as on the form, the changed words marked on each side.
    const labels = within(compare).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(labels).toEqual(['State', 'Reviewer’s comment', 'The person: Town or city', expect.stringMatching(/^The story as the family told it, paragraph \d+$/), 'Published text, paragraph 2']);
    expect([...compare.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(expect.arrayContaining(['In review', 'Minsk', 'Edited on intake.', 'spring']));
    expect([...compare.querySelectorAll('del')].map((e) => e.textContent)).toEqual(expect.arrayContaining(['Changes requested', 'Say less about the plant.', 'March']));
    expect(screen.getByText(/Fields the same in both versions: \d+\./)).toBeTruthy();

    // Asked first; "no" changes nothing.
    await userEvent.click(screen.getByRole('button', { name: 'Keep the version from Admin Ala' }));
    const dialog = screen.getByRole('dialog', { name: 'Keep the version from Admin Ala?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(resolveConflict).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Keep the version from Admin Ala' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep the version from Admin Ala' }));
    expect(resolveConflict).toHaveBeenCalledWith({ id: 'case-000001', keep: 'theirs' });
    await vi.waitFor(() => expect(onResolved).toHaveBeenCalledWith(expect.objectContaining({ version: 8 })));
  });

  it('lets someone without the intake or admin role compare, not choose', () => {
    const { api } = fakeApi(record());
    render(<ConflictPanel api={api} record={record()} canResolve={false} onResolved={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /Keep/ })).toBeNull();
    expect(screen.getByText('Someone with the intake or administrator role keeps one of the two versions.')).toBeTruthy();
  });

  it('compares a reviewer’s decision on an older version with where the case stands, and cannot take a stale approval', () => {
    const base = record();
    const approval = { statement: {}, signature: 's', reviewer: 'Rita Reviewer', reviewerKey: 'k', acceptedRisks: [] };
    const decided: CaseView = { ...base, state: 'in-review', reviewComment: undefined, conflict: { ...base.conflict!, theirs: undefined, decision: { outcome: 'approved', approval } } };
    const { api } = fakeApi(base);
    render(<ConflictPanel api={api} record={decided} canResolve onResolved={vi.fn()} />);
    const compare = screen.getByRole('region', { name: 'The two versions side by side' });
    expect(within(compare).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['State']);
    const take = screen.getByRole('button', { name: 'Keep the version from Admin Ala' });
    expect((take as HTMLButtonElement).disabled).toBe(true);
    expect(take.getAttribute('aria-describedby')).toContain('conflict-stale');
    expect(screen.getByRole('button', { name: 'Keep this laptop’s version' })).toBeTruthy();
  });
});
