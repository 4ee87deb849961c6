/**
 * `pnpm --filter @nzc/api run edge`: the API as a Worker in workerd, locally, with the widgets'
 * CDN files as static assets when they have been built. PORT and HOST override 8788 and 127.0.0.1.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageStaticAssets } from './static-assets.js';
import { startWorkerdServer } from './workerd-server.js';

const assets = await mkdtemp(join(tmpdir(), 'nzc-edge-assets-'));
// Miniflare ends the process on SIGINT/SIGTERM itself; the copy goes with it, however it exits.
process.once('exit', () => rmSync(assets, { recursive: true, force: true }));
const staged = await stageStaticAssets(assets);
const running = await startWorkerdServer({
  port: Number(process.env.PORT ?? 8788),
  hostname: process.env.HOST ?? '127.0.0.1',
  ...(staged ? { assetsDirectory: assets } : {}),
});
console.log(`API on workerd: ${running.origin}/v1/`);
console.log(staged ? `CDN files:      ${running.origin}/cdn/nzc-widgets.js` : 'CDN files: not built (pnpm run build), so not served');
const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
