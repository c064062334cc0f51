import { describe, expect, it } from 'vitest';
import { latinKeysOf } from './keyboardLayout';
import { passphraseStrength } from './strength';

describe('passphrase strength (zxcvbn, offline)', () => {
  it.each([
    ['Password1234', 'a common password with digits'],
    ['aaaa bbbb cccc dddd', 'four repeated letters with spaces'],
    ['пароль123456', '"пароль" typed on a Russian keyboard is gfhjkm, a leaked password'],
    ['qwertyuiop12', 'a row of keys'],
    ['йцукенгшщзхъ', 'the same row on the Russian layout'],
    ['Алесь Бабровіч 1990', 'the user\'s own name and a year'],
  ])('refuses %s (%s)', (passphrase) => {
    const report = passphraseStrength(passphrase, ['Алесь Бабровіч']);
    expect(report.acceptable).toBe(false);
    expect(report.tooShort).toBe(false);
  });

  it('says why, with zxcvbn\'s keys for the screens to translate', () => {
    expect(passphraseStrength('Password1234')).toMatchObject({ acceptable: false, warning: 'similarToCommon' });
    expect(passphraseStrength('short')).toMatchObject({ acceptable: false, tooShort: true });
  });

  it.each(['seven quiet owls watch the road', 'ціхая рэчка цячэ пад старым мостам', 'зелёные яблоки падают в октябре'])('accepts %s', (passphrase) => {
    expect(passphraseStrength(passphrase).acceptable).toBe(true);
  });

  it('maps the Russian and Belarusian layouts to the keys they share with a US keyboard', () => {
    expect(latinKeysOf('пароль')).toBe('gfhjkm');
    expect(latinKeysOf('Прывітанне ўсім')).toBe('Ghsdsnfyyt ocsv');
  });
});
