/**
 * Debian's Firefox ESR and WebKitGTK behind one small page API, for the end-to-end checks that run
 * in the engines other than Chromium (which scripts/lib/browser.ts drives with playwright-core).
 * Firefox is driven through WebDriver BiDi by puppeteer-core; WebKit through classic WebDriver by
 * webdriverio, with WebKitWebDriver already running on WEBKIT_WEBDRIVER_PORT
 * (scripts/lib/webkit-driver.sh starts it, as ./scripts/test does).
 *
 * Code that runs in a page is JavaScript source, as a string: an expression, awaited if it is a
 * promise. Pages are opened one after the other: WebKit has one window, reused.
 */
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';

export type EngineName = 'firefox' | 'webkit';
export const otherEngines: EngineName[] = ['firefox', 'webkit'];

/** What a page did wrong while it was open: console errors, uncaught errors, failed requests, policy violations. */
export type EngineProblems = string[];

export type EnginePage = {
  /** Runs `source` (statements, e.g. a library's file) in the page. */
  inject(source: string): Promise<void>;
  /** The value of `expression` in the page (a JSON value). */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits until `expression` is truthy in the page; fails after `timeout` ms saying what it waited for. */
  waitFor(expression: string, timeout?: number): Promise<void>;
  /** Problems recorded so far. */
  problems(): Promise<EngineProblems>;
  close(): Promise<void>;
};

export type EngineBrowser = {
  name: EngineName;
  /** Opens `url` and waits for its load event; `init` (script source) runs before the page's own scripts where the engine allows it. */
  open(url: string, init?: string): Promise<EnginePage>;
  close(): Promise<void>;
};

const viewport = { width: 1280, height: 900 };

/** In-page recorder of errors and policy violations, as script source; console.error is wrapped too. */
const recorder = `(() => {
  if (window.__nzcProblems) return;
  const problems = (window.__nzcProblems = []);
  addEventListener('error', (event) => problems.push('page error: ' + (event.error && event.error.stack || event.message)), true);
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + String(event.reason && event.reason.stack || event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('policy violation: ' + [event.violatedDirective, event.blockedURI, event.sample].filter(Boolean).join(' ')), true);
  const error = console.error.bind(console);
  console.error = (...args) => { problems.push('console error: ' + args.map(String).join(' ')); error(...args); };
})();`;

async function poll(check: () => Promise<unknown>, expression: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms for: ${expression.slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Firefox ESR, headless, through WebDriver BiDi. */
async function launchFirefox(): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: viewport,
  });
  return {
    name: 'firefox',
    async open(url, init) {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message}`));
      page.on('requestfailed', (request) => {
        const reason = request.failure()?.errorText ?? 'failed';
        // A request the page itself cancels (a superseded query) is no failure.
        if (!/NS_BINDING_ABORTED|ABORTED/.test(reason))
          problems.push(`request failed: ${request.method()} ${request.url()}: ${reason}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
      });
      await page.evaluateOnNewDocument(`${recorder}\n${init ?? ''}`);
      const response = await page.goto(url, { waitUntil: 'load' });
      if (response?.status() !== 200) throw new Error(`GET ${url}: HTTP ${response?.status()}`);
      const evaluate = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
      return {
        inject: async (source) => void (await page.evaluate(source)),
        evaluate,
        waitFor: (expression, timeout = 15_000) => poll(() => evaluate(expression), expression, timeout),
        problems: async () => [
          ...problems,
          ...((await evaluate<string[] | undefined>('window.__nzcProblems')) ?? []).filter(
            (problem) => !problem.startsWith('console error: '),
          ),
        ],
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver. Classic WebDriver cannot run a script before
 * the page's own nor listen to the console: `init` and the recorder run once the page has loaded,
 * so they see what the widgets do after it (their data arrives later), not errors before it.
 */
async function launchWebKit(): Promise<EngineBrowser> {
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
  if (!port)
    throw new Error(
      'WEBKIT_WEBDRIVER_PORT is not set: start WebKitWebDriver with `source scripts/lib/webkit-driver.sh && nzc_webkit_driver_start` (./scripts/test does)',
    );
  const driver = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    } as WebdriverIO.Capabilities,
  });
  await driver.setWindowSize(viewport.width, viewport.height);
  const evaluate = <T>(expression: string) => driver.execute(`return (${expression});`) as Promise<T>;
  return {
    name: 'webkit',
    async open(url, init) {
      await driver.url(url);
      await evaluate(`(() => { ${recorder}\n${init ?? ''} })()`);
      return {
        inject: async (source) => void (await driver.execute(source)),
        evaluate,
        waitFor: (expression, timeout = 15_000) => poll(() => evaluate(expression), expression, timeout),
        problems: async () => (await evaluate<string[] | undefined>('window.__nzcProblems')) ?? [],
        close: async () => {
          await driver.url('about:blank');
        },
      };
    },
    close: () => driver.deleteSession(),
  };
}

export const launchEngine = (name: EngineName): Promise<EngineBrowser> =>
  name === 'firefox' ? launchFirefox() : launchWebKit();
