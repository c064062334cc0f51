// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { BundleProgress as Step } from '../../../shared/ipc/exchangeSchemas';
import { initI18n, switchLanguage } from '../i18n';
import { BundleProgress, useBundleProgress } from './BundleProgress';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await switchLanguage('en');
});

function Polled({ api, active }: { api: SafeholdApi; active: boolean }) {
  return <BundleProgress step={useBundleProgress(api, active)} starting="Starting…" />;
}

describe('BundleProgress', () => {
  it('labels the bar with the cases done, and tells a screen reader the stage only', () => {
    render(<BundleProgress step={{ stage: 'seal', done: 3, total: 40 }} starting="Starting…" />);
    const bar = screen.getByRole('progressbar', { name: 'Cases sealed: 3 of 40' });
    expect(bar.getAttribute('value')).toBe('3');
    expect(bar.getAttribute('max')).toBe('40');
    expect(screen.getByRole('status').textContent).toBe('Sealing the cases…');
  });

  it('is said in Russian and Belarusian', async () => {
    await switchLanguage('ru');
    const { unmount } = render(<BundleProgress step={{ stage: 'merge', done: 2, total: 5 }} starting="" />);
    expect(screen.getByRole('progressbar', { name: 'Дел внесено в хранилище: 2 из 5' })).toBeTruthy();
    unmount();
    await switchLanguage('be');
    render(<BundleProgress step={{ stage: 'check', done: 1, total: 5 }} starting="" />);
    expect(screen.getByRole('progressbar', { name: 'Спраў праверана: 1 з 5' })).toBeTruthy();
  });

  it('asks the core while the work runs, and stops asking when it ends', async () => {
    vi.useFakeTimers();
    const steps: Step[] = [{ stage: 'check', done: 1, total: 4 }, { stage: 'merge', done: 3, total: 4 }];
    const progress = vi.fn(async () => ({ ok: true as const, value: steps.shift() ?? null }));
    const api = { bundles: { progress } } as unknown as SafeholdApi;
    const { rerender } = render(<Polled api={api} active />);
    await act(async () => {});
    expect(screen.getByRole('progressbar', { name: 'Cases checked: 1 of 4' })).toBeTruthy();
    await act(async () => vi.advanceTimersByTime(200));
    expect(screen.getByRole('progressbar', { name: 'Cases taken into the vault: 3 of 4' })).toBeTruthy();
    rerender(<Polled api={api} active={false} />);
    const asked = progress.mock.calls.length;
    await act(async () => vi.advanceTimersByTime(1000));
    expect(progress.mock.calls.length).toBe(asked);
    expect(screen.getByRole('progressbar', { name: 'Starting…' })).toBeTruthy();
  });
});
