/**
 * A bounded memo of an answer about one word. A story repeats its words, and several passes ask
 * the same question of each (the Belarusian record, generic and veto passes, the recall net):
 * each distinct form is worked out once. `settled` says whether an answer may be kept: answers
 * drawn from the Russian dictionaries are not kept while those are still loading.
 */
export function memoByWord<T>(compute: (word: string) => T, settled: () => boolean = () => true, limit = 50_000): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined || memo.has(word)) return known as T;
    const answer = compute(word);
    if (!settled()) return answer;
    if (memo.size >= limit) memo.clear();
    memo.set(word, answer);
    return answer;
  };
}
