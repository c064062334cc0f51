import { describe, expect, it } from 'vitest';
import { classifyFacility, findFacilities } from './facilities';

describe('one facility classifier for every language and script', () => {
  it.each([
    ['SIZO No. 1', 'pretrial'], ['СИЗО-1', 'pretrial'], ['СІЗА №1', 'pretrial'], ['pre-trial detention centre', 'pretrial'],
    ['IK-15', 'colony'], ['ИК-15', 'colony'], ['ІК-15', 'colony'], ['колонии № 15', 'colony'], ['калоніі № 15', 'colony'], ['penal colony No. 4', 'colony'],
    ['IVS', 'temporary'], ['ИВС', 'temporary'], ['ЦИП', 'temporary'], ['ЦІП', 'temporary'], ['TsIP', 'temporary'], ['temporary detention facility', 'temporary'],
    ['prison No. 8', 'prison'], ['тюрьмы № 8', 'prison'], ['турмы № 8', 'prison'],
    ['Okrestin street', 'detention'], ['Akrestsina', 'detention'],
  ])('%s is a %s', (span, kind) => {
    expect(classifyFacility(span)).toBe(kind);
  });

  it('names nothing for a place that is not a detention facility', () => {
    expect(classifyFacility('Pride March')).toBeUndefined();
  });

  it('finds each facility with the kind the classifier gives it', () => {
    const text = 'He was moved from SIZO No. 1 to IK-15, then to prison No. 8.';
    const found = findFacilities(text).map((d) => [text.slice(d.start, d.end), d.facility]);
    expect(found).toEqual([['SIZO No. 1', 'pretrial'], ['IK-15', 'colony'], ['prison No. 8', 'prison']]);
    for (const [span, kind] of found) expect(classifyFacility(span!)).toBe(kind);
  });

  it('reads the German and Polish number sign, and a typographic apostrophe, as translations print them', () => {
    const text = 'She was moved from women’s colony Nr 4 to prison Nr. 8.';
    expect(findFacilities(text).map((d) => text.slice(d.start, d.end))).toEqual(['women’s colony Nr 4', 'prison Nr. 8']);
  });
});
