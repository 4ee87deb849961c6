import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { LinkKind, type Link } from '@nzc/schema';
import { linkKindLabel } from '../internal/format.js';

/**
 * The "where it works" part of the detailed card: the partner's links to Mission cities and to
 * countries, grouped by kind in a fixed order, each with its detail and sources, weak ones marked
 * with why. A country link is named as a country, never spread over its cities.
 */
export function whereItWorks(links: readonly Link[], sourceLinks: (sources: string[]) => unknown): TemplateResult | typeof nothing {
  if (links.length === 0) return nothing;
  const groups = LinkKind.options.map((kind) => [kind, links.filter((link) => link.kind === kind)] as const).filter(([, group]) => group.length > 0);
  return html`<section part="where" aria-labelledby="where">
    <h4 id="where">${msg('Where it works', { id: 'card.where' })}</h4>
    ${groups.map(
      ([kind, group]) => html`<h5>${linkKindLabel(kind)}</h5>
        <ul class="plain">
          ${group.map(
            (link) => html`<li class="link">
              <strong>${link.targetName}</strong>${link.scope === 'country' ? html` <span class="note">(${msg('country', { id: 'card.country' })})</span>` : nothing}:
              ${link.detail}
              ${link.weak ? html`<span class="badge">${msg('Weak link', { id: 'card.weak' })}</span> <span class="note">${link.weakReason}</span>` : nothing}
              ${link.certainty === 'confirmed' ? nothing : html`<span class="badge">${link.certainty === 'derived' ? msg('Inferred', { id: 'card.derived' }) : msg('Uncertain', { id: 'card.uncertain' })}</span>`}
              <span class="note">${msg('Source:', { id: 'card.source' })}${sourceLinks(link.sources)}</span>
            </li>`,
          )}
        </ul>`,
    )}
  </section>`;
}
