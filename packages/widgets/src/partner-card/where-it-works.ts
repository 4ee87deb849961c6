import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { LinkKind, type Link } from '@nzc/schema';

/**
 * The "where it works" part of the detailed card: the partner's links to Mission cities and to
 * countries, grouped by kind in a fixed order, each with its detail and sources, weak ones marked
 * with why. A country link is named as a country, never spread over its cities. The kinds are
 * headed by their slugs in words, as the API gives them.
 */
export function whereItWorks(
  links: readonly Link[],
  heading: (kind: string) => string,
  item: (text: string, link: Link) => TemplateResult,
): TemplateResult | typeof nothing {
  if (links.length === 0) return nothing;
  return html`<div part="where">
    <h4>${msg('Where it works', { id: 'card.where' })}</h4>
    ${LinkKind.options.map((kind) => {
      const group = links.filter((link) => link.kind === kind);
      return group.length
        ? html`<h5>${heading(kind)}</h5>
            <ul class="plain">
              ${group.map((link) => item(`${link.targetName}${link.scope === 'country' ? ` (${msg('country', { id: 'card.country' })})` : ''}: ${link.detail}`, link))}
            </ul>`
        : nothing;
    })}
  </div>`;
}
