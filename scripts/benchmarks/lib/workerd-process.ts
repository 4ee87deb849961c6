/**
 * What a workerd server used, for the benchmarks. workerd answers requests in its own process,
 * so its figures are that process's: CPU time from /proc, and, as its "event loop" figure, the
 * share of wall time its CPU was busy (one JavaScript thread serves a Worker).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ServerStats } from './server-side.js';

/** A sampler of process `pid`'s usage since now, for `announce`. */
export function workerdSampler(pid: number): () => ServerStats {
  const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  const started = performance.now();
  return () => {
    // Fields after the command name (in parentheses): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const micros = (ticks: string) => (Number(ticks) / ticksPerSecond) * 1e6;
    const user = micros(fields[11]!);
    const system = micros(fields[12]!);
    const wallMs = performance.now() - started;
    const busyMs = Math.min((user + system) / 1000, wallMs);
    return { type: 'stats', cpu: { user, system }, elu: { active: busyMs, idle: wallMs - busyMs } };
  };
}
