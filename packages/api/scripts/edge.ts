/**
 * `pnpm --filter @nzc/api run edge`: the API as a Worker in workerd, locally.
 * PORT and HOST override 8788 and 127.0.0.1.
 */
import { startWorkerdServer } from './workerd-server.js';

const running = await startWorkerdServer({ port: Number(process.env.PORT ?? 8788), hostname: process.env.HOST ?? '127.0.0.1' });
console.log(`API on workerd: ${running.origin}/v1/`);
const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
