import { css } from 'lit';

export const themeFilterStyles = css`
  :host {
    display: block;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    /* Its own surface, so that the colour scheme in force stays readable whatever the page's background. */
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
  }
  fieldset {
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nzc-filter-columns, 100%)), 1fr));
    gap: 0.125rem calc(var(--_space) * 0.75);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /* The whole row is the touch target, well above 24 × 24 px (WCAG 2.5.8). */
    min-block-size: 2.75rem;
    padding-inline: 0.25rem;
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }
  .option:hover,
  .option:has(input:focus-visible) {
    background: var(--_subtle);
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .label {
    flex: 1;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /* Would show no partner: muted, but still enabled and reachable. */
  .option.none .label {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    justify-content: flex-start;
  }
  .problem,
  .message {
    margin: 0;
    padding: var(--_space);
    color: var(--_danger);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .problem p {
    margin: 0 0 0.75rem;
  }
  .stale {
    margin: 0;
    color: var(--_warning);
  }
  .skeleton-group {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton {
    border-radius: calc(var(--_radius) * 0.5);
  }
  .skeleton.legend {
    inline-size: 40%;
    block-size: 1.25rem;
  }
  .skeleton.row {
    block-size: 1.75rem;
  }
`;
