import { css } from 'lit';

export const partnerListStyles = css`
  :host {
    display: block;
    /* Its own surface, like the filter's: the count, empty state and errors sit on it, so the colour
       scheme in force (the visitor's dark preference included) stays readable on a light page. */
    background: var(--_surface);
  }
  .count {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nzc-card-min-width, 18rem)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
    /* Cards below the fold skip layout and paint until they are scrolled near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }
  .empty,
  [role='alert'] {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  [role='alert'] {
    color: var(--_danger);
    border-style: solid;
  }
  .actions {
    margin-block-start: 0.75rem;
  }
  .skeleton {
    block-size: 12rem;
    border-radius: var(--_radius);
  }
`;
