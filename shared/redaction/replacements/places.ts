import { classifyFacility } from '../detectors/facilities';
import { FACILITY_PHRASES, INSTITUTION_PHRASES, PLACE_PHRASES, RUSSIAN_PHRASES, russianCase } from '../phrases';
import type { DetectionOf } from '../types';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from './context';

/** A record's employer, generalised by what kind of place it is; a bare brand name just goes. */
function organisationPhrase(original: string): string {
  const kinds: [RegExp, string][] = [
    [/march|protest|rally|demonstration|picket|square/i, 'a public event'], [/checkpoint|border/i, 'a border checkpoint'], [/road|highway/i, 'a road'],
    [/pharmac/i, 'a pharmacy'], [/school|gymnas|lyceum/i, 'a local school'], [/hospital|clinic/i, 'a hospital'],
    [/court/i, 'a court'], [/universit|institute|academy|college/i, 'a university'],
    [/plant|works|factory|combine|mill|mine/i, 'a large enterprise'], [/company|firm|enterprise/i, 'a company'],
    [/shop|store|caf[eé]|bar|restaurant|salon/i, 'a small business'], [/station|department|office|service|committee/i, 'a state organisation'],
  ];
  const kind = kinds.find(([re]) => re.test(original));
  return kind ? (/\bstate\b/i.test(original) && kind[1] === 'a pharmacy' ? 'a state pharmacy' : kind[1]) : '';
}

const ARTICLE_BEFORE = /(?:^|\s)(the|The|a|A|an|An)\s+$/;
/**
 * Words that stand between a determiner and its noun: a proper noun (itself replaced, "the Homiel
 * prison"), a hyphenated compound ("the Homiel-based"), or an adjective such stories put there.
 * Case-blind matching would let \p{Lu} take any letter, so the determiners spell both cases.
 */
const MODIFIER = "(?:\\p{Lu}[\\p{L}'’]*|\\p{L}+(?:-\\p{L}+)+|notorious|infamous|former|same|local|closed|remote|nearby|new|old|women['’]s|men['’]s|juvenile)";
const DETERMINED_BEFORE = new RegExp(`(?:^|\\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Tt]his|[Tt]hat)\\s+(?:${MODIFIER}\\s+){0,2}$`, 'u');
/** Words after a place that make it a modifier of no noun: "Homiel and Brest", "Homiel in 2020". */
const NOT_A_NOUN = /^(?:and|or|but|nor|in|on|at|to|of|for|with|by|from|into|is|was|were|are|has|had|have|will|would|where|which|who|whom|that|when|as|after|before|since|until|than)$/;
/** A generalisation that modifies a noun: "the small-town penal colony", "a city-abroad" reads "foreign". */
const ATTRIBUTIVE: Readonly<Record<string, string>> = { 'small town': 'small-town', 'regional centre': 'regional-centre', 'city abroad': 'foreign', 'nearby village': 'village' };
/** A determiner, maybe with an adjective or two, before the span: "the old ", "his ". */
const DETERMINER_PHRASE_BEFORE = /(?:^|\s)(?:the|a|an|his|her|their|its|our|my|this|that)\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** The case a Russian replacement takes: from the preposition before the span, or its last word's ending. */
function russianCaseOf(ctx: ReplacementContext) {
  const span = spanOf(ctx);
  return russianCase(span.split(/\s+/).pop() ?? span, ctx.before.match(/([\p{L}-]+)\s*$/u)?.[1] ?? '');
}

/** A court keeps its level ("the district court"), nothing else. */
function courtPhrase(span: string): string | null {
  if (!/court/i.test(span)) return null;
  const level = span.match(/District|City|Regional|Oblast|Supreme/i)?.[0]?.toLowerCase();
  return level ? `the ${level === 'oblast' ? 'regional' : level} court` : 'a court';
}

/** The English phrase after the article before the span is taken into account. */
function englishPhrase(phrase: string, ctx: ReplacementContext): string {
  return ARTICLE_BEFORE.test(ctx.before) || DETERMINED_BEFORE.test(ctx.before) ? phrase.replace(/^(a|an|the) /, '') : phrase;
}

/** A place becomes its class: the capital, a regional centre, a small town, a city abroad. */
export function replacePlace(d: DetectionOf<'place'>, ctx: ReplacementContext): Replacement {
  if (ctx.russian) {
    const key = d.place === 'capital' || d.place === 'abroad' || d.place === 'village' ? d.place : 'town';
    return inPlace(ctx, RUSSIAN_PHRASES[key]![russianCaseOf(ctx)]);
  }
  const span = spanOf(ctx);
  let phrase = courtPhrase(span) ?? (d.place ? PLACE_PHRASES[d.place]! : 'a small town');
  if (/^(?:the\s+)?village/i.test(span)) phrase = 'a nearby village';
  // "the Pruzhany region" reads "a region": the place's class before it would read "the small town region".
  const article = ctx.before.match(/(?:^|\s)([Tt]he)\s+$/);
  if (article && /^\s+(?:region|district|area|raion|oblast|province)(?![\p{L}])/u.test(ctx.after) && !ctx.cyrillic) {
    return { start: ctx.start - article[0].trimStart().length, end: ctx.end, replacement: article[1] === 'The' ? 'A' : 'a' };
  }
  phrase = englishPhrase(phrase, ctx);
  // "the Škloŭ penal colony", "the Homiel-based": before a noun the class is one word ("small-town").
  const nextWord = ctx.after.match(/^\s+(\p{Ll}+)/u)?.[1];
  const bare = phrase.replace(/^(?:a|an|the) /, '');
  if (/^-\p{L}/u.test(ctx.after)) phrase = ATTRIBUTIVE[bare] ?? bare;
  else if (phrase === bare && ATTRIBUTIVE[bare] && nextWord && !NOT_A_NOUN.test(nextWord) && DETERMINED_BEFORE.test(ctx.before)) phrase = ATTRIBUTIVE[bare]!;
  // "in Gdańsk" reads "in a city abroad"; a place used before a noun ("Zhlobin court") just goes.
  if (/^\s*\p{Lu}/u.test(ctx.after) && !/^\s*(?:I|In|On|At|The|He|She|They|It|We|A|An)\b/.test(ctx.after) && !/^[,.;:]/.test(ctx.after)) phrase = '';
  if (ctx.cyrillic) phrase = phrase ? 'небольшой город' : '';
  return inPlace(ctx, phrase);
}

/** A detention place becomes its kind: "IK-15" → "a penal colony", "СИЗО-1" → "СИЗО". */
export function replaceFacility(d: DetectionOf<'facility'>, ctx: ReplacementContext): Replacement {
  const span = spanOf(ctx);
  const kind = d.facility ?? classifyFacility(span);
  if (ctx.russian) return inPlace(ctx, RUSSIAN_PHRASES[kind ?? 'detention']![russianCaseOf(ctx)]);
  let phrase = courtPhrase(span) ?? (kind ? FACILITY_PHRASES[kind]! : organisationPhrase(span));
  // "the old Babruisk fortress": a place of no known kind keeps its own common noun.
  const noun = span.match(/\s(\p{Ll}+)$/u)?.[1];
  if (!phrase && noun) phrase = DETERMINER_PHRASE_BEFORE.test(ctx.before) ? noun : `a ${noun}`;
  return inPlace(ctx, englishPhrase(phrase, ctx));
}

/** An organisation becomes its kind ("a local school"); a name before its noun ("the Akno café") just goes. */
export function replaceOrganisation(d: DetectionOf<'org'>, ctx: ReplacementContext): Replacement {
  const span = spanOf(ctx);
  if (ctx.russian) return inPlace(ctx, /суд|court/i.test(span) ? 'суд' : RUSSIAN_PHRASES.organisation![russianCaseOf(ctx)]);
  let phrase: string;
  if (d.institution === 'named') phrase = '';
  else if (d.institution) phrase = INSTITUTION_PHRASES[d.institution] ?? 'an organisation';
  else phrase = organisationPhrase(span);
  if (!d.institution || d.institution === 'court') phrase = courtPhrase(span) ?? phrase;
  // A workplace named alone ("an engineer at Hrodna Azot,", "at Belshina who kept") needs words in
  // its place; only a name before the noun of its kind ("the Akno café") just goes.
  const nounAfter = ctx.after.match(/^\s+(\p{Ll}+(?:\s+\p{Ll}+)?)/u)?.[1];
  if (!phrase && d.institution !== 'named' && !(nounAfter && organisationPhrase(nounAfter))) phrase = 'a local enterprise';
  phrase = englishPhrase(phrase, ctx);
  if (ctx.cyrillic) phrase = phrase ? 'небольшой город' : '';
  return inPlace(ctx, phrase);
}
