// One replacement function per category (DESIGN.md's policy), each reading its category's
// typed details; the table makes a new category a compile error until it has one.
import { languageModule } from './language/modules';
import type { ReplaceFunction, ReplacementTable } from './languageModule';
import type { Category, DetectionOf } from './types';
import { replaceAge } from './replacements/ages';
import { replaceAddress, replaceContact, replaceDocument } from './replacements/contacts';
import type { Replacement, ReplacementContext } from './replacementTypes';
import { replaceCount } from './replacements/counts';
import { replaceDate } from './replacements/dates';
import { replaceName } from './replacements/names';
import { replaceOccupation } from './replacements/occupations';
import { replaceFacility, replaceOrganisation, replacePlace } from './replacements/places';
import { replaceSuspect } from './replacements/suspects';


const REPLACE: ReplacementTable = {
  name: replaceName,
  contact: replaceContact,
  id: replaceDocument,
  address: replaceAddress,
  date: replaceDate,
  age: replaceAge,
  place: replacePlace,
  facility: replaceFacility,
  org: replaceOrganisation,
  occupation: replaceOccupation,
  count: replaceCount,
  suspect: replaceSuspect,
};

/** The paragraph language's own replacement for the category, or the engine's default. */
export function replacementFor<C extends Category>(d: DetectionOf<C>, ctx: ReplacementContext): Replacement {
  const own = languageModule(ctx.language).replace[d.category] as ReplaceFunction<C> | undefined;
  return (own ?? (REPLACE[d.category] as ReplaceFunction<C>))(d, ctx);
}
