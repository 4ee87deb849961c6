import { msg } from '@lit/localize';
import { html } from 'lit';
import { describeError } from './format.js';

/**
 * What to tell a visitor about a failure: an element's own messages (plain Errors, e.g. a
 * missing attribute) as they are, the SDK's errors in the visitor's words. The SDK's errors
 * also go to the console, with their details, for the page's developer.
 */
export function errorText(element: string, error: unknown): string {
  const own = error instanceof Error && !('url' in error);
  if (!own) console.warn(`<${element}>`, error);
  return own ? error.message : describeError(error);
}

/** The "Try again" button of every error state. */
export const retryButton = (retry: () => unknown) =>
  html`<button part="retry" class="secondary" @click=${retry}>${msg('Try again', { id: 'action.retry' })}</button>`;
