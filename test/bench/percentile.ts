/** The p-th percentile (0–100) of ascending `sorted`: the value below which p % of the samples fall. */
export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
