// Hand-written (docs/hand-written.md): the pseudonym policy of DESIGN.md.
import type { CaseFile } from '../../caseFile/schema';
import { foldWord } from '../fold';
import { PSEUDONYMS } from '../phrases';
import { protectedIdentifiers } from '../protected';

import type { Pseudonym, PseudonymPicker } from '../replacementTypes';

export type { PseudonymPicker } from '../replacementTypes';

/** One pseudonym per person (and one surname per family), same gender, none that the case itself uses, stable per case. */
export function pseudonymPicker(caseFile: CaseFile, text: string): PseudonymPicker {
  const names = protectedIdentifiers(caseFile).names;
  const taken = new Set<string>();
  const storyWords = new Set((text.match(/\p{Lu}[\p{L}]+/gu) ?? []).map(foldWord));
  const assigned = new Map<string, Pseudonym>();
  let seed = 0;
  for (const c of caseFile.subject.fullName) seed = (seed * 31 + c.charCodeAt(0)) >>> 0;
  return (key, gender) => {
    const known = assigned.get(key);
    if (known) return known;
    // 'surname' asks for a family's surname: a pool of its own, so no surname is ever a given name.
    const pool = gender === 'surname' ? PSEUDONYMS.surname : gender === 'female' ? PSEUDONYMS.female : gender === 'male' ? PSEUDONYMS.male : [...PSEUDONYMS.male, ...PSEUDONYMS.female];
    for (let k = 0; k < pool.length; k++) {
      const candidate = pool[(seed + k) % pool.length]!;
      const fold = foldWord(candidate.latin);
      if (taken.has(fold) || storyWords.has(fold) || names.match(candidate.latin) || names.match(candidate.cyrillic)) continue;
      // A surname is read in its case and gender forms too: Соколовой in the story rules out Соколов.
      if (gender === 'surname' && [...storyWords].some((w) => w.startsWith(fold) && w.length - fold.length <= 3)) continue;
      taken.add(fold);
      assigned.set(key, candidate);
      return candidate;
    }
    return pool[0]!;
  };
}
