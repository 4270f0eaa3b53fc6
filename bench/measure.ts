/** What every benchmark measures with: the median of runs, this process's CPU time, the load. */
import { loadavg } from "node:os";

/**
 * Benchmarks are not limited by the learner's budgets, and keep the whole trace (the default
 * event cap would stop recording task events, and their cost, after the first 50,000).
 */
export const BIG = { wallTimeoutMs: 300_000, cpuTimeLimit: 1_000, maxEvents: 10_000_000 };

/** The middle value (the upper middle of an even count); 0 for none. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** This process's CPU time in milliseconds (steadier than wall time on a busy machine). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The machine's load averages over 1, 5 and 15 minutes. */
export function loadLine(): string {
  const [one, five, fifteen] = loadavg().map((value) => value.toFixed(2));
  return `${one} ${five} ${fifteen} (load average over 1, 5, 15 min)`;
}
