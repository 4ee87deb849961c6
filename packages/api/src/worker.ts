/**
 * The API as a Cloudflare Worker (workerd): the same handler as the Node entry, with the embedded
 * dataset bundled in. `wrangler deploy` (see wrangler.json beside package.json) publishes it;
 * `pnpm --filter @nzc/api run edge` runs it locally in workerd through Miniflare.
 */
import { createApp } from './app.js';

// Built once per isolate: the indexes and the response cache then serve every request it handles.
const app = createApp();

export default {
  fetch: (request: Request): Response | Promise<Response> => app.fetch(request),
};
