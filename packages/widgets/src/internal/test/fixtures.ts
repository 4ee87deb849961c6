// Test helpers for the elements, in Chromium. The API is the real handler of @nzc/api, run by
// msw's service worker: nothing here fakes its answers.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from '@nzc/api/msw';
import { clientFor } from '../clients.js';
import { waitFactor } from './engines.js';

/** The API address the elements under test are given; the service worker answers for it. */
export const API = 'https://api.nzc.test/v1';

let worker: SetupWorker | undefined;

/** Starts the service worker once per test file, answering for {@link API} with the real handler. */
export async function startApi(): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker(...createHandlers({ baseUrl: API }));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  }
  return worker;
}

/** Layers handlers over the real API for one test (a failing endpoint, a slow one...). */
export function useHandlers(...handlers: HttpHandler[]): void {
  if (!worker) throw new Error('startApi() first');
  worker.use(...handlers);
}

/** Drops handlers added with {@link useHandlers}. */
export function resetHandlers(): void {
  worker?.resetHandlers();
}

/** Forgets the responses that the elements' shared client for {@link API} keeps in memory. */
export function clearApiCache(): void {
  clientFor(API).clearCache();
}

/**
 * Records the URL of every request the page makes from now on, as the browser's resource timing
 * and the service worker see them; `stop()` ends the recording and returns the URLs.
 */
export function recordRequests(): { urls: Set<string>; stop(): Set<string> } {
  const urls = new Set<string>();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) urls.add(entry.name);
  });
  observer.observe({ type: 'resource' });
  const onRequest = ({ request }: { request: Request }) => void urls.add(request.url);
  worker?.events.on('request:start', onRequest);
  return {
    urls,
    stop() {
      for (const entry of observer.takeRecords()) urls.add(entry.name);
      observer.disconnect();
      worker?.events.removeListener('request:start', onRequest);
      return urls;
    },
  };
}

/** The focused element, looked for through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** An endpoint that fails the way a broken network does. */
export const networkDown = (path: string) => http.get(`${API}/${path}`, () => HttpResponse.error());

const containers: HTMLElement[] = [];

/** Mounts `markup` in a fresh container and returns its first element, once it has rendered. */
export async function fixture<T extends HTMLElement>(markup: string, options: { lang?: string } = {}): Promise<T> {
  const container = document.createElement('div');
  if (options.lang) container.lang = options.lang;
  // Test markup is static and written by the tests themselves.
  const template = document.createElement('template');
  template.innerHTML = markup;
  container.append(template.content);
  document.body.append(container);
  containers.push(container);
  const element = container.firstElementChild as T;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Removes every mounted fixture; call it in afterEach. */
export function cleanup(): void {
  for (const container of containers.splice(0)) container.remove();
  resetHandlers();
}

/**
 * Waits until `predicate` holds, re-checking every 16 ms, or fails after `timeout` ms. Timers, not
 * animation frames: the runner opens test files in parallel tabs, and a tab in the background
 * gets no animation frames at all.
 */
export async function until(predicate: () => boolean, description: string, limit = 4000): Promise<void> {
  const timeout = limit * waitFactor;
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** The element's shadow root (every element here has one). */
export const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
};

/** Every element in `root` and in all shadow roots below it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  return found;
}

/** The text a user sees in an element, shadow roots included, whitespace collapsed. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const wcag22aa: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core (WCAG 2.2 AA) on `element` and fails with the violations, if any. Every card of
 * every list below it is laid out at its real size first: cards out of view skip rendering
 * (content-visibility: auto) and keep a placeholder height until the browser paints a frame near
 * them, which a tab in the background never does; axe would then measure a card's targets
 * against a placeholder shorter than the card.
 */
export async function expectAccessible(element: Element): Promise<void> {
  const lists = [element, ...deepQueryAll(element, 'nzc-partner-list')].filter((candidate) => candidate.localName === 'nzc-partner-list');
  for (const list of lists) for (const item of shadow(list).querySelectorAll<HTMLElement>('[part~="list"] > li')) item.style.contentVisibility = 'visible';
  const results = await window.axe.run(element, wcag22aa);
  if (results.violations.length > 0) {
    const summary = results.violations
      .map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`)
      .join('\n');
    throw new Error(`axe found ${results.violations.length} violation(s):\n${summary}`);
  }
}
