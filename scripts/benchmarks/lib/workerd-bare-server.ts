/**
 * The floor on workerd: a Worker that answers every request with one recorded response, read as
 * `{ status, headers, body }` JSON on stdin (see ./bare-server.ts). Beside the API on workerd it
 * separates what the runtime costs from what the API's handler costs.
 */
import { text } from 'node:stream/consumers';
import { readWranglerConfig } from '../../../packages/api/scripts/worker-bundle.js';
import type { RecordedResponse } from './bare-server.js';
import { announce } from './server-side.js';
import { startWorkerd } from './workerd-direct.js';
import { workerdSampler } from './workerd-process.js';

const recorded = JSON.parse(await text(process.stdin)) as RecordedResponse;
const headers: [string, string][] = [];
for (let index = 0; index + 1 < recorded.headers.length; index += 2) headers.push([recorded.headers[index]!, recorded.headers[index + 1]!]);
const script = `
const body = Uint8Array.from(atob(${JSON.stringify(recorded.body)}), (char) => char.charCodeAt(0));
const init = { status: ${recorded.status}, headers: ${JSON.stringify(headers)} };
export default { fetch: () => new Response(body, init) };
`;
const running = await startWorkerd({ script, compatibilityDate: (await readWranglerConfig()).compatibility_date });
announce(running.origin, running.close, workerdSampler(running.pid));
