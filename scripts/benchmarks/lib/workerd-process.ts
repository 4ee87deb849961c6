/**
 * What a workerd server used, for the benchmarks. workerd answers requests itself, in its own
 * process (a child of the one that started Miniflare), so its figures are that process's: CPU
 * time from /proc, and, as its "event loop" figure, the share of wall time its CPU was busy (one
 * JavaScript thread serves a Worker). Miniflare's Node process is idle meanwhile; its CPU is
 * added all the same.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { type ServerStats, ownStats } from './server-side.js';

/** The workerd process among this process's children. */
function workerdPid(): number {
  const children = readdirSync('/proc/self/task').flatMap((task) => readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  const pid = children.find((child) => readFileSync(`/proc/${child}/comm`, 'utf8').trim() === 'workerd');
  if (!pid) throw new Error('no workerd child process found');
  return Number(pid);
}

/** A sampler of the workerd child's usage since now, for `announce`. */
export function workerdSampler(): () => ServerStats {
  const pid = workerdPid();
  const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  const started = performance.now();
  return () => {
    // Fields after the command name (in parentheses): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const micros = (ticks: string) => (Number(ticks) / ticksPerSecond) * 1e6;
    const own = ownStats().cpu;
    const user = micros(fields[11]!) + own.user;
    const system = micros(fields[12]!) + own.system;
    const wallMs = performance.now() - started;
    const busyMs = Math.min((user + system) / 1000, wallMs);
    return { type: 'stats', cpu: { user, system }, elu: { active: busyMs, idle: wallMs - busyMs } };
  };
}
