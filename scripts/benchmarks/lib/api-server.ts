/** The API's real Node entry on a free loopback port, for the benchmarks (see ./server-side.ts). */
import { startServer } from '@nzc/api/node';
import { announce } from './server-side.js';

const running = await startServer({ port: 0 });
announce(running.origin, running.close);
