/** The contract suite against the real Node server on a loopback port. */
import { after, before } from 'node:test';
import { startServer, type RunningServer } from '@nzc/api/node';
import { contractSuite } from './helpers/contract.js';

let server: RunningServer | undefined;
before(async () => {
  server = await startServer({ port: 0 });
});
after(() => server?.close());

contractSuite(() => `${server!.origin}/v1`);
