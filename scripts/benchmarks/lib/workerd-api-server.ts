/** The API's Worker bundle (as `wrangler deploy` builds it) in workerd on a free loopback port, for the benchmarks. */
import { bundleWorker, readWranglerConfig } from '../../../packages/api/scripts/worker-bundle.js';
import { announce } from './server-side.js';
import { startWorkerd } from './workerd-direct.js';
import { workerdSampler } from './workerd-process.js';

const [bundle, config] = await Promise.all([bundleWorker(), readWranglerConfig()]);
const running = await startWorkerd({ script: bundle.code, compatibilityDate: config.compatibility_date });
announce(running.origin, running.close, workerdSampler(running.pid));
