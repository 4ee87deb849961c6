/**
 * The child side of a benchmark server: prints the origin on stdout (first line), answers the
 * parent's `stats` requests over IPC with its CPU time and event-loop utilisation, and exits
 * cleanly on SIGTERM/SIGINT (so that `--cpu-prof` can write its profile).
 */
import { performance } from 'node:perf_hooks';

export type ServerStats = {
  type: 'stats';
  /** Microseconds of CPU time, as process.cpuUsage() reports it. */
  cpu: { user: number; system: number };
  /** Cumulative event-loop utilisation, as performance.eventLoopUtilization() reports it. */
  elu: { idle: number; active: number };
};

export function announce(origin: string, close: () => Promise<void>): void {
  process.stdout.write(`${origin}\n`);
  process.on('message', (message) => {
    if (message !== 'stats' || !process.send) return;
    const { idle, active } = performance.eventLoopUtilization();
    const stats: ServerStats = { type: 'stats', cpu: process.cpuUsage(), elu: { idle, active } };
    process.send(stats);
  });
  // The parent going away closes the IPC channel; do not outlive it.
  process.on('disconnect', () => void stop());
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}
