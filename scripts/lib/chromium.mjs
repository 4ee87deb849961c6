/**
 * Debian's Chromium, which every tool here drives (the browser tests, the end-to-end tests, the
 * screenshots, the benchmarks; Firefox and WebKit run the browser tests and some end-to-end checks
 * too, see scripts/lib/engines.ts): where it is, how it is launched, and when a page of ours has
 * settled. Plain JavaScript, so that web-test-runner.config.mjs can import it as well
 * as TypeScript (types in chromium.d.mts).
 */

/** CHROME_PATH, or Debian's /usr/bin/chromium: never a browser downloaded by a tool. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags of every launch (headless is each launcher's own option). */
export const chromiumArgs = [
  // Root in a container has no user namespace to sandbox in.
  '--no-sandbox',
  '--disable-gpu',
  // Nothing but the local site: no QUIC, no first-run pages, no updates, no sync.
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tabs in the background (two test files at once, several pages of one test) must not be
  // throttled, or whatever waits on timers and animation frames stalls.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * True once the page has settled: every nzc-* element defined, and nothing anywhere (shadow
 * roots included) still marked aria-busy or saying it is loading. Runs in the page, passed to
 * `waitForFunction`: no named inner functions, no closure.
 *
 * @returns {boolean}
 */
export const settled = () => {
  /** @type {(Element | ShadowRoot)[]} */
  const stack = [document.documentElement];
  while (stack.length > 0) {
    const node = /** @type {Element | ShadowRoot} */ (stack.pop());
    if (node instanceof Element) {
      if (node.getAttribute('aria-busy') === 'true') return false;
      if (node.localName.startsWith('nzc-') && !customElements.get(node.localName)) return false;
      if (node.shadowRoot) {
        if (/Loading/.test(node.shadowRoot.textContent ?? '')) return false;
        stack.push(node.shadowRoot);
      }
    }
    for (const child of Array.from(node.children)) stack.push(child);
  }
  return true;
};
