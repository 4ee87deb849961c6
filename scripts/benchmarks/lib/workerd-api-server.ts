/** The API's Worker entry in workerd (through Miniflare) on a free loopback port, for the benchmarks. */
import { startWorkerdServer } from '../../../packages/api/scripts/workerd-server.js';
import { announce } from './server-side.js';
import { workerdSampler } from './workerd-process.js';

const running = await startWorkerdServer({ port: 0 });
announce(running.origin, running.close, workerdSampler());
