/**
 * The site's layout: every page, hand-written or generated, gets the same head, skip link,
 * header with the navigation (the current page marked), main landmark and footer from here.
 */
import { escapeHtml } from './html.js';

/** The pages of the header's navigation, in order. */
export const navigation: { href: string; label: string }[] = [
  { href: '/docs/', label: 'Overview' },
  { href: '/docs/getting-started/', label: 'Get started' },
  { href: '/docs/configurator/', label: 'Configurator' },
  { href: '/docs/elements/', label: 'Elements' },
  { href: '/docs/theming/', label: 'Theming' },
  { href: '/docs/localisation/', label: 'Languages' },
  { href: '/docs/sdk/', label: 'SDK' },
  { href: '/docs/api/', label: 'API' },
  { href: '/docs/security/', label: 'Security and privacy' },
  { href: '/docs/deployment/', label: 'Deployment' },
  { href: '/docs/accessibility/', label: 'Accessibility' },
  { href: '/docs/reference/', label: 'TypeDoc reference' },
];

/** The skip link and the site header, with the current page marked. */
function header(current: string): string {
  const links = navigation
    .map(({ href, label }) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`)
    .join('\n          ');
  return `<a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
      <p class="brand"><a href="/docs/">NetZeroCities partnerships <span>documentation</span></a></p>
      <nav aria-label="Documentation">
        <ul>
          ${links}
        </ul>
      </nav>
    </header>`;
}

const footer = `<footer class="site-footer">
      <p>
        NetZeroCities partnerships: <a href="/examples/">examples</a> · <a href="/v1/openapi.json">OpenAPI document</a> ·
        <a href="/docs/problems/">problem types</a> · MIT licence. Data from public sources, each fact with its sources.
      </p>
    </footer>`;

export type Page = {
  /** The page's URL, e.g. `/docs/theming/`. */
  path: string;
  /** Its own title, without the site's name. */
  title: string;
  description: string;
  /** More of the head (scripts, stylesheets), as HTML, one element a line. */
  head?: string[];
  /** The content of its main landmark, as HTML. */
  body: string;
};

/** A whole page in the site's layout. */
export function layout({ path, title, description, head = [], body }: Page): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · NetZeroCities partnerships</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="icon" href="/docs/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/docs/docs.css" />
${head.map((line) => `    ${line}\n`).join('')}  </head>
  <body>
    ${header(path)}
    <main id="main" tabindex="-1">
${body}
    </main>
    ${footer}
  </body>
</html>
`;
}
