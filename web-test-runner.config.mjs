// Browser tests in Debian's Chromium. The API in these tests is the real handler, run in the page
// by msw's service worker (@nzc/api/msw), never a hand-written fake.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { countReporter } from './scripts/lib/wtr-count-reporter.mjs';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    // The service worker must be served from the root so that its scope covers the test pages.
    (context, next) => {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'text/javascript';
      context.body = createReadStream(mswWorker);
      return undefined;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
