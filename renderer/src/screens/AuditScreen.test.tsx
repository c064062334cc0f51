// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { textOf } from '../../../shared/errors';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { initI18n, switchLanguage } from '../i18n';
import { AuditScreen } from './AuditScreen';

beforeAll(async () => {
  await initI18n('ru');
});
afterEach(cleanup);
afterAll(async () => {
  await switchLanguage('en');
});

const cut = textOf('finding.journalCut', { file: 'index.journal', found: 0, expected: 3, cut: 3 });

function fakeApi() {
  return {
    audit: {
      list: vi.fn(async () => ({
        ok: true,
        value: {
          entries: [{ seq: 0, time: '2026-12-02T10:00:00.000Z', user: 'Anna', action: 'integrity-warning', target: 'index.journal has 0 entries, but…', finding: cut }],
          problem: textOf('finding.auditChainBroken', { n: 2, previous: 1 }),
        },
      })),
    },
    vault: {
      verify: vi.fn(async () => ({
        ok: true,
        value: {
          ok: false,
          checked: 2,
          problems: [
            { record: textOf('part.case', { id: 'c-1' }), problem: textOf('record.integrity', { what: textOf('part.case', { id: 'c-1' }) }) },
            { record: textOf('part.case', { id: 'c-2' }), problem: textOf('finding.olderThanLogged', { found: 1, version: 2 }) },
            { record: textOf('part.foundAtUnlock'), problem: cut },
          ],
        },
      })),
    },
  } as unknown as SafeholdApi;
}

describe('AuditScreen in Russian', () => {
  it('words what verify found, one damaged place per list item, and the broken chain and logged findings, with no English left', async () => {
    render(<AuditScreen api={fakeApi()} />);
    expect(await screen.findByText('Журнал изменён или повреждён: запись журнала действий № 2 не продолжает запись № 1: цепочка нарушена (запись удалили, изменили или переставили)')).toBeTruthy();
    expect(screen.getByText('в файле index.journal записей: 0, а в сводке состояния хранилища — 3: последние записи (их 3) обрезаны или журнал удалён; в списке дел могут оказаться старые версии')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Проверить хранилище и журнал' }));
    const damage = (await screen.findAllByRole('alert')).find((a) => a.querySelector('ul'))!;
    expect(within(damage).getByText('Найдены повреждения (мест — 3):')).toBeTruthy();
    expect(within(damage).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'дело c-1: проверка целостности не пройдена (данные изменены, подменены или повреждены)',
      'дело c-2: файл — версия 1, а в журнале действий записана версия 2 (вернули старую копию)',
      'найдено при разблокировке: в файле index.journal записей: 0, а в сводке состояния хранилища — 3: последние записи (их 3) обрезаны или журнал удалён; в списке дел могут оказаться старые версии',
    ]);
    const words = (document.body.textContent ?? '').replace(/index\.journal|c-\d|Anna/g, '');
    expect(words).not.toMatch(/[A-Za-z]{2,}/);
  });
});
