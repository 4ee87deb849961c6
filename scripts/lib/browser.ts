/**
 * Debian's Chromium driven by playwright-core, for end-to-end checks, screenshots and
 * benchmarks, launched as every other tool here launches it (./chromium.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath, settled } from './chromium.mjs';

export { chromiumPath, settled };

export type Browser = { context: BrowserContext; close(): Promise<void> };

/** A fresh headless Chromium with its own empty profile, removed on close. */
export async function launchChromium(options: { viewport?: { width: number; height: number }; ignoreHTTPSErrors?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'nzc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // Only for tests behind a local TLS proxy with a self-signed certificate.
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the widgets of the page have rendered their data or their final state ({@link settled}), then for the network to go quiet. */
export async function waitForSettled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(settled, undefined, { timeout, polling: 100 });
  await page.waitForLoadState('networkidle');
}
