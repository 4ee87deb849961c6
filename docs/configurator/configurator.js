// The embed configurator: a live preview of the chosen widget and the snippet that reproduces it
// on a partner's page. The preview is built with DOM APIs (no HTML strings), so the page runs
// under a strict Content Security Policy with Trusted Types.

/** This server's addresses: the docs are served from the same origin as the API and the bundle. */
const cdnUrl = new URL('/cdn/nzc-widgets.js', location.href).href;
const apiUrl = new URL('/v1', location.href).href;

/** The elements on offer, and the data fields each one takes. */
const elements = {
  card: { tag: 'nzc-partner-card', fields: ['partner', 'variant'], hint: 'One partner, with its partnership and sources.' },
  list: { tag: 'nzc-partner-list', fields: ['theme', 'city', 'variant'], hint: 'Cards of the partners that match a theme or a city.' },
  filter: { tag: 'nzc-theme-filter', fields: [], hint: 'Theme and topic checkboxes, each with its number of partners.' },
  map: { tag: 'nzc-city-map', fields: ['partner', 'theme', 'city'], hint: 'The 112 Mission cities on a map of Europe, followed by their list.' },
  explorer: { tag: 'nzc-partner-explorer', fields: [], hint: 'A filter and a list that work together.' },
};

/** The colours on offer: the custom property each sets, and its default in light mode. */
const colours = {
  accent: { property: '--nzc-color-accent', default: '#0b5d41' },
  text: { property: '--nzc-color-text', default: '#1b1f23' },
  surface: { property: '--nzc-color-surface', default: '#ffffff' },
};

const form = /** @type {HTMLFormElement} */ (document.getElementById('options'));
const field = (/** @type {string} */ id) => /** @type {HTMLSelectElement & HTMLInputElement} */ (document.getElementById(id));
const preview = /** @type {HTMLElement} */ (document.getElementById('preview'));
const snippet = /** @type {HTMLElement} */ (document.getElementById('snippet'));
const stylesheet = /** @type {HTMLElement} */ (document.getElementById('stylesheet'));
const stylesheetBlock = /** @type {HTMLElement} */ (document.getElementById('stylesheet-block'));
const copyStatus = /** @type {HTMLElement} */ (document.getElementById('copy-status'));
const dataStatus = /** @type {HTMLElement} */ (document.getElementById('data-status'));

/** The integrity hash of the bundle this page loads, which is the one the snippet loads. */
const integrity = /** @type {HTMLScriptElement | null} */ (document.querySelector('script[src$="/cdn/nzc-widgets.js"]'))?.integrity ?? '';

/** @typedef {{ key: string, tag: string, attributes: [string, string][], colours: [string, string][], strict: boolean }} Choice */

/** What the form says, as the element's tag, attributes (in snippet order) and colours. */
function choice() {
  const key = /** @type {keyof typeof elements} */ (field('element').value);
  const { tag, fields } = elements[key];
  /** @type {[string, string][]} */
  const attributes = [['api', apiUrl]];
  const partner = field('partner').value;
  const theme = field('theme').value;
  const city = field('city').value;
  const variant = field('variant').value;
  if (key === 'card' && partner) attributes.push(['slug', partner]);
  if (key === 'map' && partner) attributes.push(['partner', partner]);
  if (fields.includes('theme') && theme) attributes.push(['theme', theme]);
  if (key === 'list' && city) attributes.push(['city', city]);
  if (key === 'map' && city) attributes.push(['selected', city]);
  if (fields.includes('variant') && variant !== 'compact') attributes.push(['variant', variant]);
  if (field('scheme').value) attributes.push(['color-scheme', field('scheme').value]);
  if (field('lang').value) attributes.push(['lang', field('lang').value]);
  /** @type {[string, string][]} */
  const chosen = [];
  for (const [name, colour] of Object.entries(colours)) {
    const value = field(name).value.toLowerCase();
    if (value !== colour.default) chosen.push([colour.property, value]);
  }
  return { key, tag, attributes, colours: chosen, strict: field('strict').checked };
}

const attributeValue = (/** @type {string} */ value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The CSS rule that sets the chosen colours on the element. */
function cssRule(/** @type {Choice} */ chosen) {
  return [`${chosen.tag} {`, ...chosen.colours.map(([property, value]) => `  ${property}: ${value};`), '}'].join('\n');
}

/** The snippet for the partner's page: the script tag, the colours (unless they go in a stylesheet), the element. */
function snippetText(/** @type {Choice} */ chosen) {
  const lines = [
    '<script type="module"',
    `        src="${cdnUrl}"`,
    ...(integrity ? [`        integrity="${integrity}"`] : []),
    '        crossorigin="anonymous"></script>',
  ];
  if (chosen.colours.length > 0 && !chosen.strict) {
    lines.push('<style>', ...cssRule(chosen).split('\n').map((line) => `  ${line}`), '</style>');
  }
  const attributes = chosen.attributes.map(([name, value]) => ` ${name}="${attributeValue(value)}"`).join('');
  lines.push(`<${chosen.tag}${attributes}></${chosen.tag}>`);
  return lines.join('\n');
}

/** @type {{ signature: string, element: HTMLElement } | undefined} */
let shown;

/** Shows the fields that apply to the chosen element, and describes its selects by the hints shown. */
function showFields(/** @type {string} */ key) {
  for (const element of form.querySelectorAll('[data-for]')) {
    /** @type {HTMLElement} */ (element).hidden = !(element.getAttribute('data-for') ?? '').split(' ').includes(key);
  }
  for (const id of ['partner', 'city']) {
    const hints = [...form.querySelectorAll(`[data-describes="${id}"]`)].filter((hint) => !(/** @type {HTMLElement} */ (hint).hidden));
    if (hints.length > 0) field(id).setAttribute('aria-describedby', hints.map((hint) => hint.id).join(' '));
    else field(id).removeAttribute('aria-describedby');
  }
  // A card needs a partner; the map may go without.
  const none = field('partner').querySelector('option[value=""]');
  if (none && !field('partner').disabled) /** @type {HTMLOptionElement} */ (none).disabled = key === 'card';
  if (key === 'card' && !field('partner').value && field('partner').options.length > 1) field('partner').selectedIndex = 1;
  const hint = document.getElementById('element-hint');
  const element = elements[/** @type {keyof typeof elements} */ (key)];
  if (hint && element) hint.textContent = element.hint;
}

/** Brings the preview and the snippet up to date with the form. */
function update() {
  if (form.dataset.ready !== 'true') return;
  showFields(field('element').value);
  const chosen = choice();
  const signature = JSON.stringify([chosen.tag, chosen.attributes]);
  if (shown?.signature !== signature) {
    // A new element for new attributes: exactly what the snippet would create.
    const element = document.createElement(chosen.tag);
    for (const [name, value] of chosen.attributes) element.setAttribute(name, value);
    preview.replaceChildren(element);
    shown = { signature, element };
  }
  // Colours through the CSSOM, which a strict policy allows.
  for (const colour of Object.values(colours)) shown.element.style.removeProperty(colour.property);
  for (const [property, value] of chosen.colours) shown.element.style.setProperty(property, value);
  snippet.textContent = snippetText(chosen);
  const css = chosen.strict && chosen.colours.length > 0;
  stylesheetBlock.hidden = !css;
  stylesheet.textContent = css ? cssRule(chosen) : '';
  copyStatus.textContent = '';
}

/** GETs a path of the API as JSON. */
async function getJson(/** @type {string} */ path) {
  const response = await fetch(`${apiUrl}/${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** Every item of a paginated list, following `next`. */
async function getAll(/** @type {string} */ path) {
  const items = [];
  let page = await getJson(path);
  items.push(...page.data);
  while (page.next) {
    const response = await fetch(page.next, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${page.next}: HTTP ${response.status}`);
    page = await response.json();
    items.push(...page.data);
  }
  return items;
}

/** Fills a select with options, after a first empty one. */
function fill(/** @type {string} */ id, /** @type {string} */ empty, /** @type {{ value: string, label: string }[]} */ options, /** @type {string} */ selected = '') {
  const select = field(id);
  select.replaceChildren(new Option(empty, ''), ...options.map(({ value, label }) => new Option(label, value, false, value === selected)));
  select.disabled = false;
}

async function loadOptions() {
  const [partners, themes, cities] = await Promise.all([
    getAll('partners?limit=100'),
    getJson('themes').then((page) => page.data),
    getAll('cities?limit=100'),
  ]);
  fill(
    'partner',
    'None',
    partners.map((/** @type {{ slug: string, name: string }} */ partner) => ({ value: partner.slug, label: partner.name })),
    partners.some((/** @type {{ slug: string }} */ partner) => partner.slug === 'civitas') ? 'civitas' : partners[0]?.slug,
  );
  fill('theme', 'Any theme', themes.map((/** @type {{ slug: string, label: string }} */ theme) => ({ value: theme.slug, label: theme.label })));
  fill(
    'city',
    'No city',
    cities.map((/** @type {{ slug: string, name: string, countryName: string }} */ city) => ({ value: city.slug, label: `${city.name} (${city.countryName})` })),
  );
}

async function copy(/** @type {string} */ text, /** @type {string} */ what) {
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = `${what} copied.`;
  } catch {
    copyStatus.textContent = `Could not copy: select the ${what.toLowerCase()} and copy it.`;
  }
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', update);
form.addEventListener('change', update);
document.getElementById('reset-colours')?.addEventListener('click', () => {
  for (const [name, colour] of Object.entries(colours)) field(name).value = colour.default;
  update();
});
document.getElementById('copy-snippet')?.addEventListener('click', () => void copy(snippet.textContent ?? '', 'Snippet'));
document.getElementById('copy-stylesheet')?.addEventListener('click', () => void copy(stylesheet.textContent ?? '', 'CSS'));

showFields(field('element').value);
try {
  await loadOptions();
  dataStatus.textContent = '';
} catch (error) {
  dataStatus.textContent = `The partners, themes and cities could not be loaded (${error instanceof Error ? error.message : String(error)}). The elements that need none still work.`;
  for (const id of ['partner', 'theme', 'city']) fill(id, id === 'partner' ? 'None' : 'Any', []);
}
form.dataset.ready = 'true';
update();
