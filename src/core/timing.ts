/**
 * Stage timing: wall-clock and CPU milliseconds of a function. CPU time (this process, all threads)
 * is what a stage costs one core whatever else the machine is doing; wall time is what a user waits.
 */
export interface StageTiming {
  stage: string;
  ms: number;
  cpuMs: number;
}

export type Timer = (stage: string, ms: number, cpuMs: number) => void;

export function timed<T>(timer: Timer | undefined, stage: string, fn: () => T): T {
  if (!timer) return fn();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    return fn();
  } finally {
    const c = process.cpuUsage(c0);
    timer(stage, performance.now() - t0, (c.user + c.system) / 1000);
  }
}

/** Sums the time of each stage over many calls (a stage runs once per document). */
export class Clock {
  private readonly totals = new Map<string, StageTiming>();
  readonly add: Timer = (stage, ms, cpuMs) => {
    const t = this.totals.get(stage);
    if (t) {
      t.ms += ms;
      t.cpuMs += cpuMs;
    } else this.totals.set(stage, { stage, ms, cpuMs });
  };
  time<T>(stage: string, fn: () => T): T {
    return timed(this.add, stage, fn);
  }
  list(): StageTiming[] {
    return [...this.totals.values()].map((t) => ({ ...t }));
  }
}
