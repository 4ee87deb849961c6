// Browser tests in one of Debian's engines: NZC_BROWSER=chromium (the default), firefox or webkit.
// ./scripts/test runs them in all three; WebKit needs WebKitWebDriver running on
// WEBKIT_WEBDRIVER_PORT (scripts/lib/webkit-driver.sh starts it). The API in these tests is the
// real handler, run in the page by msw's service worker (@nzc/api/msw), never a hand-written fake.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { countReporter } from './scripts/lib/wtr-count-reporter.mjs';

const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js');

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  // Firefox ESR through WebDriver BiDi, by the same puppeteer-based launcher.
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
    }),
  // WebKitGTK's MiniBrowser in automation mode, through WebKitWebDriver (classic WebDriver).
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: webdriverio must not ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

const engine = process.env.NZC_BROWSER ?? 'chromium';
if (!(engine in launchers)) throw new Error(`NZC_BROWSER=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // WebKit under a virtual display renders several times slower than Chromium: a test waits longer
  // there before it is called stuck (a limit on waiting, never a measure that passes or fails).
  testFramework: { config: { timeout: engine === 'webkit' ? 60000 : 10000 } },
  // One file at a time in Firefox and WebKit: the XSS corpus alone takes minutes there.
  testsFinishTimeout: 600000,
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
  browsers: [launchers[engine]()],
  // Firefox and WebKit run one test file at a time: only one page has focus there, and the
  // keyboard tests need it (Chromium's flags above keep a background tab working).
  concurrency: engine === 'chromium' ? 2 : 1,
  reporters: [defaultReporter(), countReporter(`.test-results/browser-${engine}.json`)],
};
