import { checkLeaks, createLiveScanner, protectedIdentifiers, scanStory } from '../../shared/redaction';
import { CaseFile } from '../../shared/caseFile/schema';
import { benchCase, storyOfSize, storyOfWords } from './corpus';
import { fastest, median, round, time, type Figure } from './measure';

export function redactionBench(fixturesDir: string): Figure[] {
  const record = benchCase(fixturesDir);
  const fresh = () => CaseFile.parse(JSON.parse(JSON.stringify(record)));

  const variants = median(time(() => protectedIdentifiers(fresh()), 10));

  const story200 = storyOfSize(fixturesDir, 200_000);
  scanStory(record, story200);
  const fullScan = fastest(time(() => scanStory(record, story200), 5));

  const story5k = storyOfWords(fixturesDir, 5000);
  const scanner = createLiveScanner(record, story5k);
  scanner.scan(story5k);
  const middle = Math.floor(story5k.length / 2);
  let flip = false;
  const rescan = median(
    time(() => {
      flip = !flip;
      const edited = story5k.slice(0, middle) + (flip ? 'x' : 'y') + story5k.slice(middle + 1);
      scanner.scan(edited);
    }, 30, 2),
  );

  const story50 = storyOfSize(fixturesDir, 50_000, 11);
  const leak = median(time(() => checkLeaks(record, story50), 10));

  const pieces = ['a a a a a a a ', '1 2 3 4 5 6 7 8 9 ', '@@@@____....', 'Kova-\n', 'S\u200b', '((((((((', 'Aaaaaaaaaaaaaaaa ', '12.12.12.12.', '+375 29 +375 '];
  let adversarial = '';
  for (let i = 0; adversarial.length < 1_000_000; i++) adversarial += pieces[i % pieces.length];
  const adversarialScan = median(time(() => scanStory(record, adversarial), 1, 0));

  return [
    { name: 'full scan of 1 MB adversarial text (backtracking guard)', value: round(adversarialScan), unit: 'ms', target: '≤ 1000 ms', met: adversarialScan <= 1000 },
    { name: 'record preparation (name variants, phrases, places)', value: round(variants), unit: 'ms' },
    { name: 'full scan, 200 KB story, full record (fastest of 5)', value: round(fullScan), unit: 'ms', target: '≤ 150 ms', met: fullScan <= 150 },
    { name: 're-scan after a one-character edit, 5,000 words', value: round(rescan, 2), unit: 'ms', target: '≤ 16 ms', met: rescan <= 16 },
    { name: 'leak check, 50 KB', value: round(leak), unit: 'ms', target: '≤ 20 ms', met: leak <= 20 },
  ];
}
