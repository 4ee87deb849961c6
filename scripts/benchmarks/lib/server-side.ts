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

/** This process's own CPU time and event-loop utilisation. */
export function ownStats(): ServerStats {
  const { idle, active } = performance.eventLoopUtilization();
  return { type: 'stats', cpu: process.cpuUsage(), elu: { idle, active } };
}

/** `sample` says what the server used; by default this process's figures (another runtime's may differ). */
export function announce(origin: string, close: () => Promise<void>, sample: () => ServerStats = ownStats): void {
  process.stdout.write(`${origin}\n`);
  process.on('message', (message) => {
    if (message !== 'stats' || !process.send) return;
    process.send(sample());
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
