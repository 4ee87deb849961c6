/**
 * Runs the Worker bundle in workerd, Cloudflare's open-source Workers runtime, through
 * Miniflare: locally, with no account and no network.
 */
import { Log, LogLevel, Miniflare } from 'miniflare';
import { bundleWorker, readWranglerConfig } from './worker-bundle.js';

export type RunningWorker = {
  /** Origin workerd listens on, e.g. `http://127.0.0.1:8788`. */
  origin: string;
  port: number;
  close(): Promise<void>;
};

/**
 * Starts workerd with the API's Worker on `hostname:port` (port 0 picks a free port), and, with
 * `assetsDirectory`, that folder's files as static assets in front of it (see ./static-assets.ts).
 */
export async function startWorkerdServer(options: { port?: number; hostname?: string; assetsDirectory?: string } = {}): Promise<RunningWorker> {
  const [bundle, config] = await Promise.all([bundleWorker(), readWranglerConfig()]);
  const hostname = options.hostname ?? '127.0.0.1';
  const miniflare = new Miniflare({
    name: config.name,
    modules: true,
    script: bundle.code,
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags ?? [],
    host: hostname,
    port: options.port ?? 8788,
    // No network: the placeholder request.cf instead of fetching Cloudflare's, and no telemetry.
    cf: false,
    telemetry: { enabled: false },
    log: new Log(LogLevel.WARN),
    ...(options.assetsDirectory ? { assets: { directory: options.assetsDirectory, routerConfig: { has_user_worker: true } } } : {}),
    // Each logged request is a round trip from workerd back to Node.
    logRequests: false,
  });
  const url = await miniflare.ready;
  const port = Number(url.port);
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return { origin: `http://${host}:${port}`, port, close: () => miniflare.dispose() };
}
