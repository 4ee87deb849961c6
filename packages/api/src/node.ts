/**
 * Serves the API on Node. Run directly to start it: `node --import tsx src/node.ts`
 * (PORT and HOST override 8787 and 127.0.0.1; PUBLIC_ORIGIN names the origin clients use).
 */
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';

export type RunningServer = {
  /** Origin the server listens on, e.g. `http://127.0.0.1:8787`. */
  origin: string;
  port: number;
  close(): Promise<void>;
};

export type ServerOptions = {
  app?: Hono;
  port?: number;
  hostname?: string;
  /**
   * The origin clients reach the server at (e.g. `https://api.example.org`) when a reverse proxy
   * that terminates TLS stands in front: Node sees plain HTTP, and the links the API writes
   * (`next`, GeoJSON `url`) would otherwise name `http://`.
   */
  publicOrigin?: string;
};

/** The handler, answering as if each request had come to `publicOrigin`. */
function atOrigin(app: Hono, publicOrigin: string): (request: Request) => Response | Promise<Response> {
  const origin = new URL(publicOrigin).origin;
  return (request) => {
    const url = new URL(request.url);
    return app.fetch(new Request(origin + url.pathname + url.search, request));
  };
}

/** Starts a Node HTTP server for `app` (the API by default); port 0 picks a free port. */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = options.app ?? createApp();
  const hostname = options.hostname ?? '127.0.0.1';
  const fetch = options.publicOrigin ? atOrigin(app, options.publicOrigin) : app.fetch;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port ?? 8787, hostname }, (info: AddressInfo) => {
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
    server.once('error', reject);
  });
}

if (import.meta.main) {
  const running = await startServer({
    port: Number(process.env.PORT ?? 8787),
    hostname: process.env.HOST ?? '127.0.0.1',
    ...(process.env.PUBLIC_ORIGIN ? { publicOrigin: process.env.PUBLIC_ORIGIN } : {}),
  });
  console.log(`API: ${running.origin}/v1/`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
