// The city's facts, read from the partnership API with plain fetch and written as text (never as
// HTML). The section names the city and the API: <section id="city-facts" data-city data-api>.
const section = document.getElementById('city-facts');
const status = section.querySelector('[role="status"]');
const lang = document.documentElement.lang || 'en';
const api = new URL(`${section.dataset.api.replace(/\/+$/, '')}/`, location.href);
const slug = section.dataset.city;

async function get(path) {
  const response = await fetch(new URL(path, api));
  if (!response.ok) throw new Error(`The API answered ${response.status} for ${path}`);
  return response.json();
}

/** A date known to some precision: "15 October 2025", "October 2024", "2024". */
function partialDate({ value, precision }) {
  if (!value) return 'date unknown';
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const options = { day: { dateStyle: 'long' }, month: { month: 'long', year: 'numeric' } }[precision] ?? { year: 'numeric' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date);
}

function element(name, text, attributes = {}) {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

/** A link to a source, shown as its host and path. */
function sourceLink(href) {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return element('span', href);
  return element('a', `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`, { href: url.href });
}

/** Term and description(s) of the facts list. */
function fact(list, term, ...descriptions) {
  list.append(element('dt', term));
  for (const description of descriptions) {
    const dd = element('dd');
    dd.append(description);
    list.append(dd);
  }
}

const inferred = (certainty) => (certainty === 'derived' ? ' (inferred from the sources)' : certainty === 'uncertain' ? ' (uncertain)' : '');

async function show() {
  const [city, partners] = await Promise.all([get(`cities/${encodeURIComponent(slug)}`), get(`partners?city=${encodeURIComponent(slug)}&limit=100`)]);
  const number = new Intl.NumberFormat(lang);
  const list = element('dl', undefined, { class: 'facts' });
  fact(list, 'Country', `${city.countryName}${city.associated ? ' (associated to Horizon Europe)' : ''}`);
  if (city.altNames.length > 0) fact(list, 'Also known as', city.altNames.join(', '));
  if (city.population !== null) fact(list, 'Population', `${number.format(city.population)} (GeoNames, indicative)`);
  const label = city.missionLabel;
  fact(list, 'EU Mission Label', label.awarded ? `Awarded in round ${label.round}, ${partialDate(label.date)}${inferred(label.certainty)}` : `Not awarded as of ${label.asOf}`);
  fact(list, 'Climate City Contract', `${city.climateCityContract.status === 'endorsed' ? 'Endorsed' : 'Status unknown'}${inferred(city.climateCityContract.certainty)}`);
  // What each partner does here, as the city's own links say (a weak link is marked so).
  const roles = partners.data.map((partner) => {
    const links = city.links.filter((link) => link.partner === partner.slug);
    const details = links.map((link) => `${link.detail}${link.weak ? ' (weak link)' : ''}`).join('; ');
    return `${partner.acronym ?? partner.name}${details ? `: ${details}` : ''}`;
  });
  fact(list, `NetZeroCities partners active here (${number.format(partners.total)})`, ...(roles.length > 0 ? roles : ['None recorded']));

  const sources = element('ul', undefined, { class: 'sources' });
  for (const href of city.sources) {
    const item = element('li');
    item.append(sourceLink(href));
    sources.append(item);
  }
  const details = element('details');
  details.append(element('summary', `Sources (${city.sources.length})`), sources);

  status.textContent = `${city.name}, ${city.countryName}, as the NetZeroCities data records it:`;
  section.append(list, details);
}

show().catch((error) => {
  status.textContent = `Could not load the city’s facts: ${error.message}`;
});
