/**
 * msw handlers that answer with the real API handler, in-process: for browser tests, demos and
 * partners' own tests. Nothing here is a fake; each request goes through `createApp().fetch`.
 *
 * @example
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { createHandlers } from '@nzc/api/msw';
 * await setupWorker(...createHandlers({ baseUrl: 'https://api.example.org/v1' })).start();
 * ```
 */
import { http, type HttpHandler } from 'msw';
import { createApp, type ApiOptions } from './app.js';

export type MswOptions = Omit<ApiOptions, 'basePath'> & {
  /** Absolute base URL the client is configured with, including its version path (`…/v1`). */
  baseUrl: string;
};

export function createHandlers(options: MswOptions): HttpHandler[] {
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const app = createApp({ ...options, basePath });
  const answer = ({ request }: { request: Request }) => app.fetch(request);
  return [http.all(`${base.origin}${basePath}/*`, answer), http.all(`${base.origin}${basePath}`, answer)];
}
