// Each language's dictionary: the time of its first load and the heap it keeps. Run before any
// scan, so that no detector has loaded one already; heap figures are exact with --expose-gc.
import { belarusianLexiconStats, englishLexiconStats, loadRussianDictionaries, russianReadings } from '../../shared/redaction';
import { useNodeDictionaries } from '../core/morphology/nodeDictionaries';
import { round, type Figure } from './measure';

function measureLoad(load: () => void): { ms: number; mb: number } {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  load();
  const ms = performance.now() - started;
  global.gc?.();
  return { ms, mb: (process.memoryUsage().heapUsed - heapBefore) / 1e6 };
}

export async function dictionaryBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const add = (language: string, what: string, { ms, mb }: { ms: number; mb: number }) => {
    figures.push({ name: `${language}: ${what}, first load`, value: round(ms), unit: 'ms' });
    figures.push({ name: `${language}: heap kept`, value: round(mb, 1), unit: 'MB' });
  };

  useNodeDictionaries();
  // The Node source reads synchronously, so the dictionaries are ready when the promise is made.
  let russian: Promise<void> = Promise.resolve();
  add('Russian', 'OpenCorpora dictionaries (az)', measureLoad(() => {
    russian = loadRussianDictionaries();
    russianReadings('Минске');
  }));
  await russian;

  let lemmas = 0;
  add('Belarusian', 'hunspell-be lexicon', measureLoad(() => ({ lemmas } = belarusianLexiconStats())));
  figures.push({ name: 'Belarusian: lemmas', value: lemmas, unit: '' });

  let words = 0;
  add('English', 'SCOWL word list', measureLoad(() => ({ words } = englishLexiconStats())));
  figures.push({ name: 'English: ordinary words', value: words, unit: '' });
  return figures;
}
