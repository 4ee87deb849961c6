import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { NzcClient } from '@nzc/sdk';
import { clientFor, isApiBase } from './clients.js';
import { explorerContext, type ExplorerContext } from './context.js';
import { LocaleController } from './locale.js';

/**
 * What every element shares: the `api` and `color-scheme` attributes, the explorer it may sit in, and
 * the page's language.
 */
export class NzcElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    colorScheme: { type: String, attribute: 'color-scheme', reflect: true },
  };

  /** Base URL of the partnership API with its version, e.g. `https://api.example.org/v1`. Inside an explorer, the explorer's is used when this is absent. */
  declare api: string | undefined;
  /** `light` or `dark` forces a colour scheme (attribute `color-scheme`); by default the user's preference applies. */
  declare colorScheme: 'light' | 'dark' | undefined;

  /** The explorer this element sits in, if any; re-renders when it changes. */
  protected readonly explorer = new ContextConsumer(this, { context: explorerContext, subscribe: true });

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The API base URL in force: this element's own, else its explorer's. */
  get apiBase(): string | undefined {
    return this.api ?? this.explorerContext?.api;
  }

  protected get explorerContext(): ExplorerContext | undefined {
    return this.explorer.value;
  }

  /** The shared SDK client for the API in force, or null when no usable base URL is set. */
  protected get client(): NzcClient | null {
    const base = this.apiBase;
    return isApiBase(base) ? clientFor(base) : null;
  }
}
