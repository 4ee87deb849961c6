import { css } from 'lit';

export const partnerCardStyles = css`
  :host {
    display: block;
  }
  article {
    display: grid;
    gap: calc(var(--_space) * 0.6);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    height: 100%;
    box-sizing: border-box;
  }
  header {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }
  .logo {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: calc(var(--_radius) * 0.75);
    display: grid;
    place-items: center;
    overflow: hidden;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: #fff;
  }
  /* Monogram colours: each gives white text a contrast of at least 4.5:1. */
  .hue-0 { background: #0b5d41; }
  .hue-1 { background: #1f4e8c; }
  .hue-2 { background: #6b3fa0; }
  .hue-3 { background: #8a3b12; }
  .hue-4 { background: #005f73; }
  .hue-5 { background: #7a2048; }
  .hue-6 { background: #3d5a1e; }
  .hue-7 { background: #4a4e69; }
  .logo img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    background: #fff;
  }
  .name {
    margin: 0;
    font-size: 1.1em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .acronym {
    font-weight: 400;
    color: var(--_muted);
  }
  .type,
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .description {
    margin: 0;
    overflow-wrap: anywhere;
  }
  :host(:not([variant='detailed'])) .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
    /* A card stretched by a taller neighbour must not show part of a fifth line. */
    line-height: 1.5;
    max-block-size: 6em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    font-size: 0.85em;
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_subtle);
    border: 1px solid var(--_border);
  }
  .chip.theme {
    border-color: var(--_accent);
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0.05em 0.5em;
    border-radius: 0.25rem;
    border: 1px solid currentColor;
    color: var(--_warning);
    margin-inline-start: 0.35em;
  }
  .note {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  h4,
  h5 {
    margin: 0.5rem 0 0.25rem;
    font-size: 1em;
  }
  ul.plain {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .objective {
    margin-block-end: 0.5rem;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  progress {
    flex: 1;
    accent-color: var(--_accent);
    block-size: 0.6rem;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: start;
    margin-block-start: auto;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  /* The source links stand one above the other: spaced so that each has a 24 px target (WCAG 2.5.8). */
  details li {
    padding-block: 0.3rem;
  }
  .skeleton {
    block-size: 1em;
  }
  .skeleton.logo {
    background: var(--_subtle);
  }
  [role='alert'] {
    color: var(--_danger);
    margin: 0;
  }
`;
