import { diffWords } from 'diff';

/** A story's paragraphs: compared one against the other, so a change stays beside its paragraph. */
export const paragraphs = (text: string) => text.split(/\n[ \t]*\n/);

// diff's own word pattern knows Latin letters only: it would cut a Cyrillic word into letters.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** One paragraph of each side, the words that differ highlighted where they stand. */
export function ParagraphPair({ original, published }: { original: string; published: string }) {
  const parts = diffWords(original, published, { intlSegmenter: words });
  return (
    <div className="compare-row">
      <p className="compare-original">{parts.map((p, i) => (p.added ? null : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}</p>
      <p className="compare-published">{parts.map((p, i) => (p.removed ? null : p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>))}</p>
    </div>
  );
}
