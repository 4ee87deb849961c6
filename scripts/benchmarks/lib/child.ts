/**
 * Runs a benchmark server in its own process, so that the load generator and the server under
 * test do not share an event loop. The server script prints its origin as its first line of
 * output and answers `stats` messages (see ./server-side.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ServerStats } from './server-side.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export type ServerChild = {
  name: string;
  origin: string;
  pid: number;
  /** CPU time and event-loop utilisation so far; diff two with `usageBetween`. */
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
};

/** Server CPU use between two samples: `cpu` as a share of one core, `elu` as 0–1. */
export type Usage = { cpu: number; elu: number };

export function usageBetween(before: ServerStats, after: ServerStats, seconds: number): Usage {
  const cpuMicros = after.cpu.user + after.cpu.system - (before.cpu.user + before.cpu.system);
  const active = after.elu.active - before.elu.active;
  const total = active + after.elu.idle - before.elu.idle;
  return { cpu: cpuMicros / 1e6 / seconds, elu: total > 0 ? active / total : 0 };
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function spawnServer(
  name: string,
  script: URL,
  options: { input?: string; nodeArgs?: string[]; startupSeconds?: number } = {},
): Promise<ServerChild> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', fileURLToPath(script)], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
  });
  running.add(child);
  const exited = once(child, 'exit');
  void exited.then(() => running.delete(child));
  child.stdin?.end(options.input ?? '');

  const lines = createInterface({ input: child.stdout! });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within ${options.startupSeconds ?? 30} s`)), (options.startupSeconds ?? 30) * 1000);
    lines.on('line', (line) => {
      if (/^https?:\/\//.test(line)) {
        clearTimeout(timer);
        resolve(line.trim());
      } else {
        process.stdout.write(`[${name}] ${line}\n`);
      }
    });
    void exited.then(([code, signal]) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited before it was ready (${signal ?? `code ${code}`})`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });

  return {
    name,
    origin,
    pid: child.pid!,
    stats: () =>
      new Promise<ServerStats>((resolve, reject) => {
        const onMessage = (message: unknown) => {
          if ((message as ServerStats | null)?.type !== 'stats') return;
          child.off('message', onMessage);
          resolve(message as ServerStats);
        };
        child.on('message', onMessage);
        child.send('stats', (error) => {
          if (!error) return;
          child.off('message', onMessage);
          reject(error);
        });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}
