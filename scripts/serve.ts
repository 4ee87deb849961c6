/**
 * One local server for everything: the reference API under /v1/, the examples under /examples/
 * and the documentation under /docs/ (as `pnpm run docs:build` built it into dist/docs/). PORT
 * overrides 8787; HOST overrides 127.0.0.1.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { join, relative } from 'node:path';
import { createApp } from '../packages/api/src/app.js';
import { startServer } from '../packages/api/src/node.js';

const root = relative(process.cwd(), join(import.meta.dirname, '..')) || '.';

/**
 * The policy the examples are served under: what a partner site with a strict CSP would have.
 * No inline script or style, no eval, Trusted Types required (`nzc-widgets` is the only policy
 * the CDN bundle creates), and requests only to this origin.
 */
export const examplesCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types nzc-widgets',
].join('; ');

/** The API plus the static sites, as one fetch handler. */
export function createSiteApp(): Hono {
  const api = createApp();
  const site = new Hono();
  site.all('/v1', (c) => api.fetch(c.req.raw));
  site.all('/v1/*', (c) => api.fetch(c.req.raw));
  site.get('/', (c) => c.redirect('/examples/'));
  site.use('/examples/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', examplesCsp);
  });
  // The React example as Vite built it (examples/react/dist/), under the same policy.
  site.get('/examples/react', (c) => c.redirect('/examples/react/'));
  site.use('/examples/react/*', serveStatic({ root: join(root, 'examples/react/dist'), rewriteRequestPath: (path) => path.slice('/examples/react'.length) }));
  // The documentation as `pnpm run docs:build` built it (dist/docs/). Its own pages are static
  // HTML with no inline script or style: the examples' policy fits them. TypeDoc's generated
  // reference (/docs/reference/) runs an inline script of its own, so it is served without one.
  site.use('/docs/*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/docs/reference/')) c.header('Content-Security-Policy', examplesCsp);
  });
  site.get('/examples', (c) => c.redirect('/examples/'));
  site.use('/examples/*', serveStatic({ root }));
  site.get('/docs', (c) => c.redirect('/docs/'));
  site.use('/docs/*', serveStatic({ root: join(root, 'dist') }));
  // The widgets' bundle and the files beside it, as a partner would load them from a CDN:
  // module scripts are fetched in CORS mode, so other origins must be allowed to read them.
  site.use('/cdn/*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
  });
  site.use('/cdn/*', serveStatic({ root: join(root, 'packages/widgets/dist') }));
  site.notFound((c) => c.text('Not found', 404));
  return site;
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 8787);
  const running = await startServer({ app: createSiteApp(), port, hostname: process.env.HOST ?? '127.0.0.1' });
  console.log(`API:      ${running.origin}/v1/  (contract: ${running.origin}/v1/openapi.json)`);
  console.log(`Examples: ${running.origin}/examples/`);
  console.log(`Docs:     ${running.origin}/docs/`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
