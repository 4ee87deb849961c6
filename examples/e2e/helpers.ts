/**
 * End-to-end helpers: the site exactly as ./scripts/start serves it (API, examples, docs, CDN
 * bundle), started in-process on a free port, and pages opened in Debian's Chromium with every
 * problem recorded: console errors, uncaught exceptions, failed requests, answers of 400 and
 * above, and Content-Security-Policy violations.
 *
 * Code that runs in a page is either a string or an anonymous function without named inner
 * functions: the pages forbid eval, and the test compiler wraps named functions in a helper that
 * the page does not have. Page-side helpers live in {@link pageHelpers}, installed in every page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../packages/api/src/node.js';
import { launchChromium, type Browser } from '../../scripts/lib/browser.js';
import { createSiteApp } from '../../scripts/serve.js';

export const root = join(import.meta.dirname, '..', '..');

/** Files the examples are served from once `pnpm run build` has run. */
export const built = {
  bundle: join(root, 'packages/widgets/dist/cdn/nzc-widgets.js'),
  bundleRecord: join(root, 'packages/widgets/dist/cdn/nzc-widgets.js.json'),
  manifest: join(root, 'packages/widgets/custom-elements.json'),
  embedPage: join(root, 'examples/embed-cdn/index.html'),
  reactPage: join(root, 'examples/react/dist/index.html'),
  reactWrappers: join(root, 'examples/react/src/generated/nzc-react.ts'),
};

/** Fails with a clear message when a file that the build writes is missing. */
export function requireBuilt(...files: string[]): void {
  const missing = files.filter((file) => !existsSync(file));
  assert.deepEqual(
    missing.map((file) => relative(root, file)),
    [],
    `Built files are missing: run \`pnpm run build\` first (it builds the packages, the CDN bundle and the examples).`,
  );
}

export type Site = {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The API's base URL, `${origin}/v1`. */
  api: string;
  /** GET `path` (relative to the API base, e.g. `partners?theme=mobility`) and parse its JSON; fails on any status but 200. */
  apiGet<T>(path: string): Promise<T>;
  /** The shared Chromium, launched on first use. */
  browser(): Promise<Browser>;
  close(): Promise<void>;
};

/** The site of ./scripts/start (`createSiteApp()`), on a free port of 127.0.0.1. */
export async function startSite(): Promise<Site> {
  requireBuilt(built.bundle, built.bundleRecord);
  const server: RunningServer = await startServer({ app: createSiteApp(), port: 0 });
  let browser: Promise<Browser> | undefined;
  const api = `${server.origin}/v1`;
  return {
    origin: server.origin,
    api,
    async apiGet<T>(path: string) {
      const response = await fetch(`${api}/${path}`);
      assert.equal(response.status, 200, `GET /v1/${path}: HTTP ${response.status}`);
      return (await response.json()) as T;
    },
    browser: () => (browser ??= launchChromium()),
    async close() {
      if (browser) await (await browser).close();
      await server.close();
    },
  };
}

/** What a page did wrong while it was open. */
export type Problems = {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that failed (DNS, refused, blocked), and answers with a status of 400 or more. */
  failedRequests: string[];
  /** `securitypolicyviolation` events: directive, blocked URI and sample. */
  violations: string[];
  /** Requests the page itself cancelled (net::ERR_ABORTED): not failures, listed for diagnostics. */
  cancelled: string[];
  consoleWarnings: string[];
};

export type OpenedPage = {
  page: Page;
  problems: Problems;
  /** Fails listing every problem recorded so far (cancelled requests and warnings excepted). */
  assertClean(): void;
  close(): Promise<void>;
};

/** Page-side helpers, as JavaScript source: reading text and partner names through shadow roots. */
export const pageHelpers = `
(() => {
  const deepAll = (scope, selector) => {
    const found = [];
    const stack = scope.shadowRoot ? [scope, scope.shadowRoot] : [scope];
    while (stack.length > 0) {
      const root = stack.pop();
      for (const element of root.querySelectorAll(selector)) found.push(element);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) stack.push(element.shadowRoot);
    }
    return found;
  };
  const text = (node) => {
    const parts = [];
    const stack = [node];
    while (stack.length > 0) {
      const current = stack.pop();
      if (current.nodeType === 3) parts.push(current.textContent);
      const children = current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
    }
    return parts.join(' ').replace(/\\s+/g, ' ').trim();
  };
  const host = (selector) => document.querySelector(selector);
  /** The partner names shown by the cards inside the element, in order, without their acronyms. */
  const partnerNames = (selector) => {
    const element = host(selector);
    if (!element) return null;
    const cards = element.localName === 'nzc-partner-card' ? [element] : deepAll(element, 'nzc-partner-card');
    return cards.map((card) => {
      const name = card.shadowRoot && card.shadowRoot.querySelector('[part~="name"]');
      if (!name) return '';
      const copy = name.cloneNode(true);
      for (const acronym of copy.querySelectorAll('.acronym')) acronym.remove();
      return copy.textContent.replace(/\\s+/g, ' ').trim();
    });
  };
  /** The list's status line: "3 partners", "9 partners, 6 shown", "Loading partners…". */
  const countText = (selector) => {
    const element = host(selector);
    const count = element && element.shadowRoot && element.shadowRoot.querySelector('[part~="count"]');
    return count ? count.textContent.replace(/\\s+/g, ' ').trim() : null;
  };
  const deepCount = (selector, inner) => {
    const element = host(selector);
    return element ? deepAll(element, inner).length : -1;
  };
  window.__nzcE2e = { deepAll, text: (selector) => (host(selector) ? text(host(selector)) : null), partnerNames, countText, deepCount };
})();
`;

/** The page-side helpers' types, for casts inside page functions. */
export type E2eWindow = {
  __nzcE2e: {
    text(selector: string): string | null;
    partnerNames(selector: string): string[] | null;
    countText(selector: string): string | null;
    deepCount(selector: string, inner: string): number;
  };
};

/**
 * Opens `path` of the site in a new tab and records its problems from before its first script.
 * Waits for the load event; the caller waits for what the page must show.
 */
export async function openPage(site: Site, path: string): Promise<OpenedPage> {
  const browser = await site.browser();
  const page = await browser.context.newPage();
  const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], violations: [], cancelled: [], consoleWarnings: [] };
  // A binding is a DevTools call, not script on the page: the page's policy does not apply to it.
  await page.exposeBinding('__nzcE2eViolation', (_source, text: string) => void problems.violations.push(text));
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__nzcE2eViolation([event.violatedDirective, event.blockedURI, event.sample].filter(Boolean).join(' '));
    }, true);
    ${pageHelpers}`);
  page.on('console', (message) => {
    const where = message.location().url ? ` (${message.location().url})` : '';
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()}${where}`);
    if (message.type() === 'warning') problems.consoleWarnings.push(`${message.text()}${where}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    (reason === 'net::ERR_ABORTED' ? problems.cancelled : problems.failedRequests).push(`${request.method()} ${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${path}: HTTP ${response?.status()}`);
  return {
    page,
    problems,
    assertClean() {
      const { consoleErrors, pageErrors, failedRequests, violations } = problems;
      assert.deepEqual({ consoleErrors, pageErrors, failedRequests, violations }, { consoleErrors: [], pageErrors: [], failedRequests: [], violations: [] }, `problems on ${path}`);
    },
    close: () => page.close(),
  };
}

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation, summarised. */
export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string; html: string }[] };

/**
 * Runs axe-core on the whole document for WCAG 2.0, 2.1 and 2.2 A and AA, and returns the
 * violations. axe is injected through the DevTools protocol, which the page's policy does not
 * govern.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  return page.evaluate(axeRun);
}

/** Runs axe (injected first) on the document, as page source: a promise of {@link AxeViolation}s. */
export const axeRun = `window.axe
  .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
  .then((results) => results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: JSON.stringify(node.target), html: node.html.slice(0, 200) })),
  })))`;

/** Fails with the violations, readably, if axe finds any. */
export async function assertAccessible(page: Page): Promise<void> {
  assertNoViolations(await runAxe(page));
}

/** Fails with the violations, readably, if there are any. */
export function assertNoViolations(violations: AxeViolation[]): void {
  const summary = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => `${node.target} ${node.html}`).join('\n    ')}`);
  assert.deepEqual(summary, [], `axe-core found ${violations.length} violation(s)`);
}

/** The partner names shown by the cards in the element matching `selector` (null when there is no such element). */
export const partnerNames = (page: Page, selector: string): Promise<string[] | null> => page.evaluate(`window.__nzcE2e.partnerNames(${JSON.stringify(selector)})`);

/** The status line of the list matching `selector`. */
export const countText = (page: Page, selector: string): Promise<string | null> => page.evaluate(`window.__nzcE2e.countText(${JSON.stringify(selector)})`);

/** The text of the element matching `selector`, shadow roots included. */
export const deepText = (page: Page, selector: string): Promise<string | null> => page.evaluate(`window.__nzcE2e.text(${JSON.stringify(selector)})`);

/** Waits until the element's cards show exactly `names`, in order; fails saying what they show instead. */
export async function waitForPartnerNames(page: Page, selector: string, names: string[], timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([target, expected]) => JSON.stringify((window as unknown as E2eWindow).__nzcE2e.partnerNames(target)) === expected,
      [selector, JSON.stringify(names)] as const,
      { timeout },
    );
  } catch (error) {
    const shown = await partnerNames(page, selector).catch(() => null);
    throw new Error(`${selector} shows ${JSON.stringify(shown)}, expected ${JSON.stringify(names)}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Waits until the text of `selector` (shadow roots included) matches `pattern`. */
export async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([target, source, flags]) => new RegExp(source, flags).test((window as unknown as E2eWindow).__nzcE2e.text(target) ?? ''),
      [selector, pattern.source, pattern.flags] as const,
      { timeout },
    );
  } catch (error) {
    const shown = await deepText(page, selector).catch(() => null);
    throw new Error(`${selector} does not show ${pattern}: ${JSON.stringify(shown?.slice(0, 300))}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** A partner list page of the API, as the tests compare it with the page. */
export type PartnerPage = { data: { slug: string; name: string; acronym: string | null }[]; total: number; next: string | null };
