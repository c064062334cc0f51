// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../shared/passphrase/strength';
import { initI18n } from '../i18n';
import { PassphraseStrength } from './PassphraseStrength';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(cleanup);

describe('PassphraseStrength', () => {
  it.each([
    ['en', 'Too easy to guess. This is close to a commonly used password.'],
    ['ru', 'Слишком легко угадать. Это похоже на распространённый пароль.'],
    ['be', 'Занадта лёгка адгадаць. Гэта падобна да пашыранага пароля.'],
  ])('says in %s why Password1234 is refused', async (language, said) => {
    await i18next.changeLanguage(language);
    render(<PassphraseStrength report={passphraseStrength('Password1234')} />);
    expect(screen.getByText(said, { exact: false })).toBeTruthy();
    expect(screen.getByRole('meter')).toHaveProperty('value', 1);
  });

  it('says a strong passphrase is strong enough, and how short a short one is', async () => {
    await i18next.changeLanguage('en');
    const { rerender } = render(<PassphraseStrength report={passphraseStrength('seven quiet owls watch the road')} />);
    expect(screen.getByText('Strong enough.')).toBeTruthy();
    rerender(<PassphraseStrength report={passphraseStrength('owls')} />);
    expect(screen.getByText(/Too short: use at least 12 characters\./)).toBeTruthy();
  });
});
