// Hand-written: the pseudonym policy of DESIGN.md (one per person, same gender, never a name
// the case itself uses).
import type { CaseFile } from '../../caseFile/schema';
import { foldWord } from '../fold';
import { PSEUDONYMS } from '../phrases';
import { protectedIdentifiers } from '../protected';

import type { Pseudonym, PseudonymPicker } from '../replacementTypes';

export type { Pseudonym, PseudonymPicker } from '../replacementTypes';

/** One pseudonym per person, same gender, none that the case itself uses, stable per case. */
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
    const pool = gender === 'female' ? PSEUDONYMS.female : gender === 'male' ? PSEUDONYMS.male : [...PSEUDONYMS.male, ...PSEUDONYMS.female];
    for (let k = 0; k < pool.length; k++) {
      const candidate = pool[(seed + k) % pool.length]!;
      const fold = foldWord(candidate.latin);
      if (taken.has(fold) || storyWords.has(fold) || names.match(candidate.latin) || names.match(candidate.cyrillic)) continue;
      taken.add(fold);
      assigned.set(key, candidate);
      return candidate;
    }
    return pool[0]!;
  };
}
