import { describe, expect, it } from 'vitest';
import { isOrdinaryHere } from '../language/words';
import { findUnlistedPeople } from './persons';

const found = (text: string) => findUnlistedPeople(text, isOrdinaryHere).map((d) => text.slice(d.start, d.end));

describe('people the record does not list', () => {
  it('joins a transliterated surname of any ending to the given name before it', () => {
    expect(found('Her lawyer Ihar Losik came. Photo: Pavel Krasko')).toEqual(['Ihar Losik', 'Pavel Krasko']);
  });

  it('ends a name at the end of its line: a caption’s credit is not joined to the next paragraph', () => {
    expect(found('Photo: Pavel Krasko\nBelarusian former journalist Darya works there.')).toEqual(['Pavel Krasko', 'Darya']);
  });

  it('leaves a dictionary word or a town after a given name', () => {
    expect(found('We thank Anna Street workers and Olga Barysau.')).toEqual(['Anna', 'Olga']);
  });
});
