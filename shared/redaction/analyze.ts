// Hand-written (docs/hand-written.md): the engine's own pipeline.
import type { CaseFile } from '../caseFile/schema';
import { findAddresses } from './detectors/addresses';
import { findAges } from './detectors/ages';
import { findRunChannels } from './detectors/channels';
import { findDocumentNumbers, findEmails, findFileNames, findHandlesAndUrls, findPhones } from './detectors/contacts';
import { findCounts } from './detectors/counts';
import { findDates, isHolidayMention } from './detectors/dates';
import { datesAnEvent } from './detectors/eventDates';
import { findFacilities } from './detectors/facilities';
import { findInstitutions } from './detectors/institutions';
import { findRareOccupations } from './detectors/occupations';
import { findNamedOrganisations } from './detectors/organisations';
import { findUnlistedPeople } from './detectors/persons';
import { findGazetteerPlaces, findVillages } from './detectors/placeMentions';
import { placeClass } from './detectors/places';
import { findSuspects } from './language/recallNet';
import { isOrdinaryHere } from './language/words';
import { findRecordIdentifiers } from './detectors/record';
import { findRecordAges, recordAges } from './detectors/recordAges';
import { findBirthYears, yearOnlyBirthYears } from './detectors/birthYears';
import { findRecordOccupations } from './detectors/recordOccupations';
import { findNamedChannels } from './russian/channels';
import { findGroupCases } from './russian/groupCases';
import { findRussianMonths } from './russian/months';
import { findPlaceWords } from './russian/placeWords';
import { findUniversities } from './russian/universities';
import { spanInText } from './belarusian/view';
import { belarusianDates, belarusianGenericDetections, belarusianPass, belarusianRecordDetections, dropPublicByRole, dropTownLists, vetoOrdinaryWords } from './belarusian/findings';
import { normalizeText, type NormalizedText } from './normalize';
import { protectedIdentifiers, type ProtectedIdentifiers } from './protected';
import { tokenize, type Token } from './tokens';
import type { Detection, DetectionOf } from './types';

/** What the generic detectors find, whether or not the record lists it. */
function genericDetections(n: NormalizedText, tokens: Token[], dates: DetectionOf<'date'>[]): Detection[] {
  return [
    ...findPhones(n.text), ...findEmails(n.text), ...findHandlesAndUrls(n.text), ...findDocumentNumbers(n.text), ...findFileNames(n.text),
    ...dates.filter((d) => !isHolidayMention(d.date, n.text) && datesAnEvent(n.text, d)), ...findAges(n.text), ...findCounts(n.text), ...findFacilities(n.text), ...findInstitutions(n.text), ...findRareOccupations(n.text),
    ...findUnlistedPeople(n.text, isOrdinaryHere), ...findGazetteerPlaces(n.text, tokens), ...findVillages(n.text, isOrdinaryHere), ...findNamedOrganisations(n.text),
    ...findAddresses(n.text), ...findSuspects(n.text, tokens), ...findPlaceWords(tokens), ...findGroupCases(n.text), ...findRussianMonths(n.text), ...findUniversities(n.text), ...findNamedChannels(n.text), ...findRunChannels(n.text),
  ];
}

export interface Analysis {
  normalized: NormalizedText;
  record: Detection[];
  all: Detection[];
}

export function analyze(caseFile: CaseFile, text: string, withGeneric: boolean): Analysis {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized.text);
  // Belarusian paragraphs are also read in official Cyrillic, whatever their script and spelling.
  const belarusian = belarusianPass(normalized.text);
  const dates = [...findDates(normalized.text), ...belarusianDates(belarusian)];
  const ids = protectedIdentifiers(caseFile);
  const ages = recordAges(caseFile);
  const record = dropSiteNames(normalized.text, vetoOrdinaryWords([
    ...findRecordIdentifiers(ids, normalized, tokens, dates, isOrdinaryHere), ...findRecordOccupations(caseFile, normalized.text, tokens), ...belarusianRecordDetections(ids, belarusian, caseFile),
    ...findRecordAges(normalized.text, ages), ...findBirthYears(normalized.text, yearOnlyBirthYears(caseFile)), ...(belarusian.view ? findRecordAges(belarusian.view.text, ages).map((a) => ({ ...a, ...spanInText(belarusian.view!, a.start, a.end) })) : []),
  ], belarusian));
  // The Belarusian pass first: where it and a language-blind detector claim the same words with the same
  // priority, the lexicon's reading (one key for Толя and Толем) wins.
  const keepCapital = recordNamesCapital(ids);
  const generic = withGeneric ? dropSiteNames(normalized.text, dropTownLists(dropPublicByRole([...belarusianGenericDetections(belarusian), ...vetoOrdinaryWords(genericDetections(normalized, tokens, dates), belarusian)], belarusian), record, belarusian).filter((d) => (keepCapital || !isCapitalMention(d)) && !isEponym(normalized.text, d))) : [];
  return { normalized, record, all: [...record, ...generic] };
}

/**
 * The capital named in a case whose record places are all elsewhere (taken to Minsk, a court in Мінск):
 * two million people live there, so it says nothing about the family, and "the capital" in its place
 * reads oddly. Where a record place is in the capital, every mention of it stays found (минском too).
 */
function isCapitalMention(d: Detection): boolean {
  return d.category === 'place' && d.place === 'capital';
}

/**
 * A town that is the first label of a site's domain («паведаміла Hrodna.life», Brest.by) is that site's
 * name, the story's source, as a handle it cites is (contacts.ts): replacing the label alone would leave
 * "абласны цэнтр.life".
 */
function dropSiteNames(text: string, detections: Detection[]): Detection[] {
  return detections.filter((d) => d.category !== 'place' || !/^\.[a-z]{2,6}(?![\p{L}\p{N}])/u.test(text.slice(d.end, d.end + 8)));
}

/** Things named after a person (коктейль Молотова, премия Сахарова), in any case and number. */
const EPONYM_HEAD = /(?<![\p{L}])(?:коктейл|преми|орден|медал|болезн|синдром|теорем|закон|пакт|стипенди)\p{Ll}*\s+$/u;

/** One capitalised word the story did not get from the record, after such a thing: its name, not a person or a town. */
function isEponym(text: string, d: Detection): boolean {
  if (d.category !== 'name' && d.category !== 'place' && d.category !== 'suspect') return false;
  return /^\p{Lu}\p{Ll}+$/u.test(text.slice(d.start, d.end)) && EPONYM_HEAD.test(text.slice(Math.max(0, d.start - 24), d.start));
}

function recordNamesCapital(ids: ProtectedIdentifiers): boolean {
  return ids.places.some((p) => p.place !== null && placeClass(p.place) === 'capital');
}

/** Keeps the strongest of overlapping detections: higher priority, then the longer span. */
export function resolveOverlaps(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // One flag per offset: no hashing of every offset of every detection.
  const taken = new Uint8Array(detections.reduce((max, d) => Math.max(max, d.end), 0));
  const chosen: Detection[] = [];
  for (const d of sorted) {
    let free = true;
    for (let i = d.start; i < d.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, d.start, d.end);
    chosen.push(d);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
