/**
 * Every page of the documentation in Firefox ESR and WebKitGTK: its widgets render, it passes
 * axe-core (WCAG 2.2 A and AA) and records no problem. The configurator's snippets, the copy
 * button and dark mode are checked in Chromium (configurator.test.ts, pages.test.ts), through
 * Playwright's input, clipboard and media emulation, which drive only Chromium here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchEngine, otherEngines, type EngineBrowser } from '../../scripts/lib/engines.js';
import { assertNoViolations, axeRun, axeSource, type AxeViolation } from '../../examples/e2e/helpers.js';
import { settled } from '../../scripts/lib/browser.js';
import { docsPages, requireDocsBuilt, startSite, type Site } from './helpers.js';

let site: Site;
const pages = docsPages().filter((page) => !page.startsWith('/docs/reference/'));

before(async () => {
  requireDocsBuilt();
  site = await startSite();
});

after(async () => {
  await site?.close();
});

for (const name of otherEngines) {
  describe(`the documentation in ${name}`, () => {
    let browser: EngineBrowser;

    before(async () => {
      browser = await launchEngine(name);
    });

    after(async () => {
      await browser?.close();
    });

    for (const path of pages) {
      test(`${path} renders its widgets, passes axe-core and records no problem`, async () => {
        const page = await browser.open(`${site.origin}${path}`);
        try {
          await page.waitFor(`(${settled.toString()})()`);
          assert.equal(await page.evaluate('document.querySelectorAll("h1").length'), 1, 'one h1');
          await page.inject(axeSource);
          assertNoViolations(await page.evaluate<AxeViolation[]>(axeRun));
          assert.deepEqual(await page.problems(), []);
        } finally {
          await page.close();
        }
      });
    }
  });
}
