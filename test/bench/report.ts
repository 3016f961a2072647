import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Shared by the benchmarks: a printed table and a JSON file under bench/results/. */
export interface BenchRow {
  readonly name: string;
  readonly medianMs: number;
  readonly p95Ms?: number;
  readonly targetMs?: number;
  readonly note?: string;
}

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the durations in ms. */
export async function time(fn: () => unknown, runs = 15, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return durations;
}

export function report(
  suite: string,
  rows: readonly BenchRow[],
  extra: Record<string, unknown> = {},
): string {
  const date = new Date().toISOString();
  const lines = [
    `${suite} — ${date.slice(0, 10)} — ${machine()}`,
    '',
    '| measure | median ms | p95 ms | target ms | ok |',
    '|---|---:|---:|---:|:-:|',
    ...rows.map(
      (r) =>
        `| ${r.name}${r.note ? ` (${r.note})` : ''} | ${r.medianMs.toFixed(2)} | ${r.p95Ms?.toFixed(2) ?? ''} | ${r.targetMs ?? ''} | ${r.targetMs === undefined ? '' : r.medianMs <= r.targetMs ? 'yes' : 'NO'} |`,
    ),
  ];
  const text = lines.join('\n');
  console.log(text);
  const dir = join(import.meta.dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${suite}-${date.slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify({ suite, date, machine: machine(), rows, ...extra }, null, 2));
  console.log(`\nwritten to ${file}`);
  return text;
}
