import { css } from 'lit';

/**
 * Design tokens shared by every element. Each public `--nzc-*` property may be set by the host
 * page on the element or any ancestor; the private `--_*` ones resolve it with a default that
 * follows the colour scheme (`light-dark()`), so `color-scheme="dark"`, `color-scheme="light"` or the user's
 * preference all work without duplicating rules.
 */
export const tokens = css`
  :host {
    /* Inherited, so an explorer's color-scheme reaches the elements inside it. */
    color-scheme: var(--nzc-color-scheme, light dark);
    --_font: var(--nzc-font-family, inherit);
    --_text: var(--nzc-color-text, light-dark(#1b1f23, #eef1f4));
    --_muted: var(--nzc-color-muted, light-dark(#4a5561, #b6c0ca));
    --_surface: var(--nzc-color-surface, light-dark(#ffffff, #1d2227));
    --_subtle: var(--nzc-color-subtle, light-dark(#f2f5f7, #2a3138));
    --_border: var(--nzc-color-border, light-dark(#c9d1d9, #46505a));
    --_accent: var(--nzc-color-accent, light-dark(#0b5d41, #6fdcaf));
    --_on-accent: var(--nzc-color-on-accent, light-dark(#ffffff, #0b1a14));
    --_warning: var(--nzc-color-warning, light-dark(#8a4b00, #ffc46b));
    --_danger: var(--nzc-color-danger, light-dark(#a4161a, #ff9a9a));
    --_focus: var(--nzc-focus-color, light-dark(#1f5fbf, #8db8ff));
    --_radius: var(--nzc-radius, 0.5rem);
    --_space: var(--nzc-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([color-scheme='light']) {
    --nzc-color-scheme: light;
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    --nzc-color-scheme: dark;
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Loading placeholders, shared by every element. */
  .skeleton {
    background: var(--_subtle);
    border-radius: 0.25rem;
    animation: nzc-pulse 1.5s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  @keyframes nzc-pulse {
    50% {
      opacity: 0.5;
    }
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.45em 1em;
    min-height: 2.75rem;
    cursor: pointer;
  }
  button.secondary {
    color: var(--_accent);
    background: transparent;
    border-color: currentColor;
  }
  a {
    color: var(--_accent);
  }
`;
