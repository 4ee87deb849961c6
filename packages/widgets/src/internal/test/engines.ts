// The browser tests run in Chromium, Firefox and WebKit (NZC_BROWSER in web-test-runner.config.mjs).
// A test that needs one engine's feature says which and why, and is skipped by name elsewhere.
import { sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in, from its user agent (Chromium's also says "Safari", and headless "HeadlessChrome"; WebKit's never "Chrome"). */
export const engine: Engine = /\bFirefox\//.test(navigator.userAgent) ? 'firefox' : /Chrom(e|ium)\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/**
 * `it` for a test that only the engines listed can run; in the others the test is reported as
 * skipped, its title followed by the engine and the reason.
 */
export function onlyIn(engines: Engine | Engine[], reason: string): (title: string, test: Mocha.Func | Mocha.AsyncFunc) => void {
  const wanted = Array.isArray(engines) ? engines : [engines];
  if (wanted.includes(engine)) return (title, test) => it(title, test);
  return (title, test) => it.skip(`${title} [skipped in ${engine}: ${reason}]`, test);
}

/**
 * `it` for a test that fails in the engines listed because of a bug that is known and not yet
 * fixed: there it is reported as skipped, its title followed by "fails in <engine>" and the
 * symptom, so that nobody takes it for a pass; everywhere else it runs.
 */
export function knownFailureIn(engines: Engine | Engine[], symptom: string): (title: string, test: Mocha.Func | Mocha.AsyncFunc) => void {
  const failing = Array.isArray(engines) ? engines : [engines];
  if (!failing.includes(engine)) return (title, test) => it(title, test);
  return (title, test) => it.skip(`${title} [fails in ${engine}, to fix: ${symptom}]`, test);
}

/** How much longer than in Chromium to wait for something to appear: WebKit under a virtual display renders several times slower. */
export const waitFactor = engine === 'webkit' ? 5 : 1;

/** WebDriver's code for the keys pressed with Shift in these tests. */
const webdriverKeys: Record<string, string> = { Shift: '\uE008', Tab: '\uE004', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015' };

/**
 * Presses `key` with Shift held, `times` times. WebKit is driven through classic WebDriver, where
 * @web/test-runner-commands has no separate key down and up: there Shift and the key go as one chord.
 */
export async function pressWithShift(key: keyof typeof webdriverKeys, times = 1): Promise<void> {
  if (engine === 'webkit') {
    for (let i = 0; i < times; i += 1) await sendKeys({ type: `${webdriverKeys.Shift}${webdriverKeys[key]}` });
    return;
  }
  await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i += 1) await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

/** The space bar, by the name every driver knows ("Space" is unknown to Firefox's). */
export const SPACE = ' ';
