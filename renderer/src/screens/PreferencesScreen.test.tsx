// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SafeholdApi } from '../../../shared/ipc/api';
import { DEFAULT_PREFERENCES } from '../../../shared/prefs/schema';
import { SafeholdError } from '../../../shared/errors';
import { fail } from '../../../shared/ipc/result';
import { initI18n, switchLanguage } from '../i18n';
import { PreferencesScreen } from './PreferencesScreen';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

type SetPrefs = SafeholdApi['prefs']['set'];

function fakeApi(
  set = vi.fn<SetPrefs>(async (patch) => ({ ok: true, value: { ...DEFAULT_PREFERENCES, ...patch } })),
) {
  return { api: { prefs: { set } } as unknown as SafeholdApi, set };
}

describe('PreferencesScreen', () => {
  it('saves the auto-lock minutes through the API and says so', async () => {
    const { api, set } = fakeApi();
    const onSaved = vi.fn();
    render(<PreferencesScreen api={api} preferences={DEFAULT_PREFERENCES} onSaved={onSaved} onLanguage={vi.fn()} />);
    const minutes = screen.getByLabelText('Lock automatically after');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(set).toHaveBeenCalledWith({ language: 'en', autoLockMinutes: 12 });
    expect(await screen.findByText('Preferences saved.')).toBeTruthy();
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ autoLockMinutes: 12 }));
  });

  it('shows the error next to the field and sends nothing when the value is out of range', async () => {
    const { api, set } = fakeApi();
    render(<PreferencesScreen api={api} preferences={DEFAULT_PREFERENCES} onSaved={vi.fn()} onLanguage={vi.fn()} />);
    const minutes = screen.getByLabelText('Lock automatically after');
    await userEvent.clear(minutes);
    await userEvent.type(minutes, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Enter a whole number of minutes from 1 to 120.');
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(set).not.toHaveBeenCalled();
  });

  it('shows what main said when it refuses', async () => {
    const { api } = fakeApi(vi.fn<SetPrefs>(async () => fail(new SafeholdError('disk.full', { file: 'config.json' }))));
    render(<PreferencesScreen api={api} preferences={DEFAULT_PREFERENCES} onSaved={vi.fn()} onLanguage={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('The preferences were not saved: The disk is full: config.json was not saved. Free some space and try again; nothing else was changed.')).toBeTruthy();
  });

  it("words the core's refusal in the person's language, never in the core's English", async () => {
    await switchLanguage('ru');
    try {
      const refusal = fail(new SafeholdError('disk.full', { file: 'config.json' }));
      const { api } = fakeApi(vi.fn<SetPrefs>(async () => refusal));
      render(<PreferencesScreen api={api} preferences={DEFAULT_PREFERENCES} onSaved={vi.fn()} onLanguage={vi.fn()} />);
      await userEvent.click(screen.getByRole('button', { name: 'Сохранить настройки' }));
      expect(await screen.findByText('Настройки не сохранены: Диск заполнен: config.json не сохранён. Освободите место и попробуйте снова; больше ничего не изменилось.')).toBeTruthy();
      expect(document.body.textContent).not.toContain('disk is full');
    } finally {
      await switchLanguage('en');
    }
  });
});
