/**
 * Entry of the one-file bundle for `<script type="module" src="…/nzc-widgets.js">`: defines every
 * element, with Lit, the SDK and the strings of every language inside.
 */
export * from './index.js';
