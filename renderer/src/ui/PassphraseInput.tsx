import { useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { value: string };

const scriptOf = (text: string): 'latin' | 'cyrillic' | null => {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  const last = letters.at(-1);
  if (!last) return null;
  return /\p{Script=Cyrillic}/u.test(last) ? 'cyrillic' : /\p{Script=Latin}/u.test(last) ? 'latin' : null;
};

/**
 * A passphrase field that can be shown, and that says when Caps Lock is on and which
 * alphabet the keyboard is typing: the usual reasons a right passphrase is refused.
 */
export function PassphraseInput({ value, onKeyDown, onKeyUp, ...rest }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const watchCaps = (e: KeyboardEvent<HTMLInputElement>) => setCapsLock(e.getModifierState('CapsLock'));
  const script = scriptOf(value);
  const mixed = /\p{Script=Latin}/u.test(value) && /\p{Script=Cyrillic}/u.test(value);
  return (
    <>
      <div className="passphrase-input">
        <input
          {...rest}
          type={shown ? 'text' : 'password'}
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          onKeyDown={(e) => {
            watchCaps(e);
            onKeyDown?.(e);
          }}
          onKeyUp={(e) => {
            watchCaps(e);
            onKeyUp?.(e);
          }}
        />
        <button type="button" className="link" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? t('passphrase.hide') : t('passphrase.show')}
        </button>
      </div>
      <p className="help passphrase-hints" aria-live="polite">
        {capsLock && <strong className="warn-text">{t('passphrase.capsLock')} </strong>}
        {mixed ? t('passphrase.mixed') : script ? t(`passphrase.${script}`) : ''}
      </p>
    </>
  );
}
