// Which detection wins when two claim the same characters: higher wins (analyze.ts,
// resolveOverlaps). Kept in one table so the order between detectors can be read at a glance:
// values of the record beat generic rules, exact shapes (phones, dates) beat guesses.
export const PRIORITY = {
  recordBirthDate: 97,
  recordCompact: 96,
  recordPhone: 95,
  contact: 90,
  recordAddress: 85,
  recordStreet: 84,
  microdistrict: 84,
  street: 83,
  flat: 82,
  recordName: 80,
  facility: 75,
  recordPhrase: 74,
  recordPhraseWord: 73,
  institution: 72,
  age: 70,
  count: 65,
  /** Dates: 60 for the most specific layout, one less for each looser one (detectors/dates.ts). */
  date: 60,
  /** A month without a day or year (russian/months.ts): below every date layout that holds it. */
  monthAlone: 47,
  /** The record's town standing alone beats a namesake's given name (Лиды: the town, not Лидия). */
  recordPlaceAlone: 56,
  unlistedPerson: 55,
  recordPlace: 52,
  villageNamed: 51,
  place: 50,
  occupation: 46,
  workplace: 41,
  namedOrganisation: 41,
  placeAfterPreposition: 40,
  suspect: 30,
} as const;
