import { ContextEvent } from '@lit/context';
import packageJson from '../../package.json' with { type: 'json' };

/** The package's version, read from its package.json at build; lets two copies on one page tell each other apart. */
export const VERSION: string = packageJson.version;

const registryKey = Symbol.for('@nzc/widgets.versions');
type Registry = { [registryKey]?: Map<string, string> };

/**
 * Registers a custom element unless the tag is already taken. Loading the bundle twice, or two
 * versions on one page, must not throw: the first definition wins, and a version clash is
 * reported once on the console so that the page's author can see why.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  keepEarlyContextRequests();
  const versions = ((globalThis as Registry)[registryKey] ??= new Map());
  const existing = customElements.get(tag);
  if (existing) {
    const other = versions.get(tag);
    if (existing !== element && other && other !== VERSION) {
      console.warn(`<${tag}> is already defined by @nzc/widgets ${other}; version ${VERSION} on this page uses that definition.`);
    }
    return;
  }
  customElements.define(tag, element);
  versions.set(tag, VERSION);
}

const waitingKey = Symbol.for('@nzc/widgets.context-waiting');
type WaitingHolder = { [waitingKey]?: true };

/**
 * Elements inside `<nzc-partner-explorer>` in a page's markup are defined before the explorer
 * (its module imports theirs), so they ask for its context before any explorer can answer. A
 * request that no one answered, from inside a custom element not yet defined (the explorer, or a
 * page's own subclass of it), is asked again once that element is defined. One listener per
 * document, whichever copy of the bundle defines an element first.
 */
function keepEarlyContextRequests(): void {
  if (typeof document === 'undefined') return;
  const holder = document as unknown as WaitingHolder;
  if (holder[waitingKey]) return;
  holder[waitingKey] = true;
  document.documentElement.addEventListener('context-request', (event) => {
    const { context, contextTarget: target, callback, subscribe } = event;
    const waiting = subscribe && target.closest(':not(:defined)');
    if (waiting) void customElements.whenDefined(waiting.localName).then(() => target.dispatchEvent(new ContextEvent(context, target, callback, true)));
  });
}
