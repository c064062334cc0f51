/** Latin and Cyrillic letters in one passphrase often mean the keyboard layout switched mid-way. */
export const mixesLayouts = (passphrase: string) => /\p{Script=Latin}/u.test(passphrase) && /\p{Script=Cyrillic}/u.test(passphrase);
