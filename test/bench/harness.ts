/** Benchmark helpers: each figure is printed as `BENCH <name> <value> <unit>`. */
export function report(name: string, value: number, unit: string, digits = 2): void {
  console.log(`BENCH ${name} ${value.toFixed(digits)} ${unit}`);
}

/** Median wall time in ms of `runs` runs after `warmup` unmeasured ones. */
export function median(fn: () => void, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function medianAsync(fn: () => Promise<void>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
