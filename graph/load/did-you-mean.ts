// "Did you mean": the closest known word to a misspelt kind, field or actor id, by edit distance (small, so a dataset check stays cheap).

/** Edit distance between two words, or Infinity once it exceeds `limit` (most candidates are ruled out early). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return Infinity;
    previous = current;
  }
  return previous[b.length]!;
}

/** The known word closest to `word` (within a third of its length, at least 2 edits), or undefined; ties go to the earlier candidate. */
export function closestWord(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    if (bestDistance === 0) break;
  }
  return best;
}

/** " (did you mean "x"?)" or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestWord(word, candidates);
  return match === undefined || match === word ? '' : ` (did you mean "${match}"?)`;
}
