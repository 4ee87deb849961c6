import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/**
 * English is built in; each other language is a module of its own, loaded the first time a
 * page asks for it, from beside the bundle (the same origin as the script, never a third party).
 * A visitor downloads only the strings of the page's language.
 */
// Typed by the configured languages: adding one to lit-localize.json without its line here is a
// type error, not a page silently left in English.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  it: () => import('../generated/locales/it.js'),
  pl: () => import('../generated/locales/pl.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

const supported = new Set<string>([sourceLocale, ...targetLocales]);

/** The supported locale for a BCP 47 tag: `fr-BE` → `fr`; unsupported ones fall back to English. */
export function resolveLocale(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return supported.has(primary) ? primary : sourceLocale;
}

/** The language in force at `element`: its nearest `lang`, across shadow roots, else the document's. */
export function languageOf(element: Element): string | null {
  for (let node: Node | null = element; node; ) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.getAttribute('lang');
}

const hosts = new Set<ReactiveControllerHost & Element>();
let observer: MutationObserver | undefined;

function applyLanguage() {
  // One locale per page (lit-localize's model): the most recently connected element's language.
  const last = [...hosts].at(-1);
  if (!last) return;
  const locale = resolveLocale(languageOf(last));
  // A language file that cannot be loaded leaves the widgets in English, working.
  if (locale !== getLocale()) setLocale(locale).catch((error: unknown) => console.warn('@nzc/widgets: could not load the strings for', locale, error));
}

/**
 * Follows the language of the page: sets the locale from the element's nearest `lang` when it
 * connects, and again whenever a `lang` attribute changes. Re-renders on a locale change.
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onStatus = (event: Event) => {
    if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    window.addEventListener(LOCALE_STATUS_EVENT, this.#onStatus);
    observer ??= new MutationObserver(applyLanguage);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    applyLanguage();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    window.removeEventListener(LOCALE_STATUS_EVENT, this.#onStatus);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
