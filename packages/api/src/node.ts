/**
 * Serves the API on Node. Run directly to start it: `node --import tsx src/node.ts`
 * (PORT and HOST override 8787 and 127.0.0.1). Behind a reverse proxy, set PUBLIC_URL to the
 * API's public base URL (e.g. `https://data.example.org/v1`), or TRUST_PROXY=1 to take the
 * scheme and host from the proxy's `Forwarded` / `X-Forwarded-*` headers; see `ApiOptions`.
 */
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { createApp } from './app.js';
import { rawProblem } from './http/problem.js';

/**
 * Node refuses a request whose request line and headers pass its limit (16 KiB) before the app
 * sees it, and by default answers a bare 431 that browsers cannot even read across origins. The
 * API answers it like any other error: problem+json with CORS headers.
 */
function answerUnparsable(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  if (error.code !== 'HPE_HEADER_OVERFLOW') return void socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  void rawProblem('headersTooLarge', 431, 'Request Header Fields Too Large', 'The request line and headers are too long; shorten the query or drop headers.').then((raw) => socket.end(raw));
}

export type RunningServer = {
  /** Origin the server listens on, e.g. `http://127.0.0.1:8787`. */
  origin: string;
  port: number;
  close(): Promise<void>;
};

/** Starts a Node HTTP server for `app` (the API by default); port 0 picks a free port. */
export function startServer(options: { app?: Hono; port?: number; hostname?: string } = {}): Promise<RunningServer> {
  const app = options.app ?? createApp();
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname }, (info: AddressInfo) => {
      const host = hostname.includes(':') ? `[${hostname}]` : hostname;
      resolve({
        origin: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive sockets would otherwise hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.on('clientError', answerUnparsable);
    server.once('error', reject);
  });
}

if (import.meta.main) {
  const app = createApp({ publicUrl: process.env.PUBLIC_URL || undefined, trustProxy: process.env.TRUST_PROXY === '1' });
  const running = await startServer({ app, port: Number(process.env.PORT ?? 8787), hostname: process.env.HOST ?? '127.0.0.1' });
  console.log(`API: ${running.origin}/v1/`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
