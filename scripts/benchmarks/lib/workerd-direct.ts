/**
 * Runs a Worker module in workerd itself, with no Miniflare in front: the runtime as Cloudflare
 * publishes it, configured by a minimal config file (one service, one HTTP socket on loopback).
 * Miniflare, which the tests and `pnpm --filter @nzc/api run edge` use, puts its own entry
 * Worker before the user's (request logging, the `cf` object, error pages); on this machine
 * that more than doubled the CPU per response, so the benchmark measures workerd alone.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The workerd binary that Miniflare itself runs (the `workerd` package's default export). */
function workerdBinary(): string {
  const fromMiniflare = createRequire(createRequire(import.meta.url).resolve('miniflare'));
  return fromMiniflare('workerd').default as string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise<void>((closed) => server.close(() => closed()));
  return port;
}

export type DirectWorkerd = { origin: string; pid: number; close(): Promise<void> };

export async function startWorkerd(options: { script: string; compatibilityDate: string }): Promise<DirectWorkerd> {
  const dir = await mkdtemp(join(tmpdir(), 'nzc-workerd-'));
  const port = await freePort();
  await writeFile(join(dir, 'worker.js'), options.script);
  await writeFile(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${options.compatibilityDate}",
);
`,
  );
  const child: ChildProcess = spawn(workerdBinary(), ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = once(child, 'exit');
  const origin = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  // Ready when the socket answers; workerd prints nothing when it is.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode} before it was ready`);
    try {
      await fetch(origin, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await close();
        throw new Error('workerd did not answer within 15 s');
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  return { origin, pid: child.pid!, close };
}
