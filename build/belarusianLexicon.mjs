// Regenerates shared/redaction/belarusian/data/lexicon.json from Debian's hunspell-be
// (be_BY.dic and be_BY.aff by Mikalai Udodau, CC BY-SA 3.0; docs/licences/hunspell-be.md).
// The generated file is checked in so that neither the build nor CI needs the apt package.
// Run: apt-get install -y hunspell-be && node build/belarusianLexicon.mjs [dir with be_BY.*]
//
// What it keeps: every lemma with its affix flags, the affix rules (strip, add, condition),
// and for each capitalised lemma what kind of proper noun it is, where that can be derived:
//   g given name   (a patronymic is formed from it, or the curated given-name table lists it)
//   p patronymic   (-віч, -ыч, -аўна, -еўна, -ічна)
//   l place        (GeoNames lists it, a place adjective or a "-шчына" region is formed from it)
//   s surname      (a surname ending: -скі, -ская, -енка, -ёнак, -віч, -ук …)
//   a abbreviation (written in capitals: КДБ, ААН)
//   n any other proper noun (countries' peoples, books, feasts …)
// Lower-case lemmas are ordinary words. Classical names of towns that hunspell-be lacks are
// added with the flags of an official word that declines the same way.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? '/usr/share/hunspell';
const aff = readFileSync(path.join(dir, 'be_BY.aff'), 'utf8');
const dic = readFileSync(path.join(dir, 'be_BY.dic'), 'utf8');
const version = aff.match(/^# Version number: (.+)$/m)?.[1]?.trim() ?? 'unknown';

const suffixes = [];
const prefixes = [];
for (const line of aff.split('\n')) {
  const f = line.trim().split(/\s+/);
  if ((f[0] !== 'SFX' && f[0] !== 'PFX') || f.length < 5) continue;
  const [kind, flag, strip, add, condition] = f;
  (kind === 'SFX' ? suffixes : prefixes).push([flag, strip === '0' ? '' : strip, add === '0' ? '' : add, condition]);
}

const entries = [];
for (const line of dic.split('\n').slice(1)) {
  const text = line.trim();
  if (!text) continue;
  const slash = text.indexOf('/');
  const lemma = slash < 0 ? text : text.slice(0, slash);
  // A few lines carry their flags twice ("Раманаўна/E/E").
  const flags = slash < 0 ? '' : [...new Set(text.slice(slash + 1).replace(/\//g, ''))].join('');
  entries.push({ lemma, flags });
}

const CLASSICAL_TOWNS = [
  ['Менск', 'OH'], ['Горадня', 'E'], ['Берасце', 'OH'], ['Наваградак', 'OH'], ['Маладэчна', 'H'], ['Ворша', 'E'],
];
for (const [lemma, flags] of CLASSICAL_TOWNS) entries.push({ lemma, flags, kind: 'l' });

const lower = new Set(entries.filter((e) => e.lemma === e.lemma.toLowerCase()).map((e) => e.lemma));
const proper = new Set(entries.filter((e) => e.lemma !== e.lemma.toLowerCase()).map((e) => e.lemma));

const places = JSON.parse(readFileSync('shared/redaction/data/places.json', 'utf8'));
const gazetteer = new Set(places.places.flatMap((p) => p.n));

const givenTable = readFileSync('shared/redaction/data/givenNames.ts', 'utf8');
const curatedGiven = new Set();
for (const line of givenTable.split('\n')) {
  const m = line.match(/^[mf]\|([^|]*)\|([^|]*)\|([^|]*)$/);
  if (m) for (const name of `${m[1]},${m[2]},${m[3]}`.split(',')) if (name.trim()) curatedGiven.add(name.trim());
}

const PATRONYMIC = /(?:авіч|евіч|ыч|аўна|еўна|ічна|інічна)$/u;
const SURNAME = /(?:скі|цкі|ская|цкая|енка|онак|ёнак|анак|евіч|овіч|віч|ук|юк|чык|чук|эня|ка|іч|ец|ін|аў|ёў|ых|іх)$/u;

function kindOf(lemma, flags) {
  if (lemma.length > 1 && lemma === lemma.toUpperCase()) return 'a';
  if (PATRONYMIC.test(lemma) && /^\p{Lu}/u.test(lemma)) return 'p';
  const stem = lemma.replace(/[ьйаяоеыі]$/u, '');
  const patronymicFromIt = ['авіч', 'евіч', 'ыч', 'іч'].some((s) => proper.has(stem + s) || proper.has(lemma + s));
  if (curatedGiven.has(lemma) || patronymicFromIt) return 'g';
  // Flag S is hunspell-be's paradigm of -аў/-ін surnames (Набокаў, Рэпін).
  if (flags.includes('S')) return 's';
  const low = lemma.toLowerCase();
  const lowStem = low.replace(/[ьйаяоеыі]$/u, '');
  const adjective = [`${low}і`, `${low}скі`, `${lowStem}скі`, `${lowStem}цкі`, `${lowStem}енскі`, `${lowStem}ўскі`, `${lowStem}аўскі`].some((a) => lower.has(a));
  const region = proper.has(`${lemma}шчына`) || proper.has(`${lowStem[0].toUpperCase()}${lowStem.slice(1)}шчына`);
  if (gazetteer.has(lemma) || region || (adjective && !SURNAME.test(lemma))) return 'l';
  if (SURNAME.test(lemma)) return 's';
  return 'n';
}

const lines = [];
const counts = {};
for (const e of entries) {
  const kind = e.lemma === e.lemma.toLowerCase() ? 'w' : (e.kind ?? kindOf(e.lemma, e.flags));
  counts[kind] = (counts[kind] ?? 0) + 1;
  const flags = e.flags ? `/${e.flags}` : '';
  lines.push(`${e.lemma}${flags}${kind === 'w' || kind === 'n' ? '' : `|${kind}`}`);
}

const out = {
  source: `hunspell-be ${version} (be_BY.dic, be_BY.aff), Debian package hunspell-be`,
  licence: 'CC BY-SA 3.0, Copyright (C) 2010-2012 Mikalai Udodau; see docs/licences/hunspell-be.md',
  suffixes,
  prefixes,
  words: lines.join('\n'),
};
const target = 'shared/redaction/belarusian/data/lexicon.json';
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(`${entries.length} lemmas (${JSON.stringify(counts)}), ${suffixes.length} suffix and ${prefixes.length} prefix rules → ${target}`);
