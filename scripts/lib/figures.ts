/** The benchmarks' figures: nearest-rank percentiles of sorted timings, rounded to a tenth. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
export const round1 = (x: number): number => Math.round(x * 10) / 10;
