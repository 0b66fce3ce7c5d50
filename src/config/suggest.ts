/**
 * Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters, so the
 * commonest typo ("lables", "thne") is one edit away, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

/**
 * The candidate closest to `input` (ignoring case), if it is close enough to be a plausible typo:
 * suggesting "url" for "foo" would mislead more than it helps.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const tolerance = Math.min(3, Math.max(1, Math.round(input.length / 3)));
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
