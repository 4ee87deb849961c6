import { useEffect, useId, useState } from 'react';
import { NzcPartnerCard, NzcPartnerList, NzcThemeFilter } from './generated/nzc-react.js';

/** The partnership API, on the same host as this page; the elements resolve the path against the page. */
const API = '/v1';

type Named = { slug: string; name: string };
type Label = { slug: string; label: string };

/** One page of a list from the API, read with plain fetch. */
async function getList<T>(path: string, params: Record<string, string>, signal: AbortSignal): Promise<T[]> {
  const url = new URL(`${API}/${path}`, location.href);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The API answered ${response.status}`);
  return ((await response.json()) as { data: T[] }).data;
}

/**
 * A theme filter, the partners on the chosen themes, and one partner in detail: React holds the
 * chosen themes (from the filter's `nzc-filter-change` event) and the partner picked.
 */
export function App() {
  const [themes, setThemes] = useState<string[]>([]);
  const [labels, setLabels] = useState<Label[]>([]);
  const [partners, setPartners] = useState<Named[] | null>(null);
  const [picked, setPicked] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pickerId = useId();
  const themeKey = themes.join(',');

  useEffect(() => {
    const controller = new AbortController();
    getList<Label>('themes', {}, controller.signal).then(setLabels, () => undefined);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getList<Named>('partners', { limit: '100', ...(themeKey ? { theme: themeKey } : {}) }, controller.signal).then(
      (data) => {
        setProblem(null);
        setPartners(data);
        // Keep the partner picked while it still matches; otherwise show the first that does.
        setPicked((slug) => (data.some((partner) => partner.slug === slug) ? slug : (data[0]?.slug ?? '')));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setProblem(error instanceof Error ? error.message : String(error));
      },
    );
    return () => controller.abort();
  }, [themeKey]);

  const chosen = themes.map((slug) => labels.find((label) => label.slug === slug)?.label ?? slug);

  return (
    <main className="layout">
      <header className="intro">
        <h1>Partners by theme</h1>
        <p>
          A React page built with Vite: the NetZeroCities elements through React components generated from their
          custom-elements manifest.
        </p>
      </header>
      <aside className="filters">
        <NzcThemeFilter api={API} groups="themes" heading="Filter by theme" onNzcFilterChange={(event) => setThemes(event.detail.theme)} />
      </aside>
      <section className="results" aria-labelledby="results-heading">
        <h2 id="results-heading">Partners</h2>
        <p className="chosen" data-testid="chosen">
          {chosen.length > 0 ? `Themes: ${chosen.join(', ')}` : 'All themes'}
        </p>
        <NzcPartnerList api={API} theme={themeKey || undefined} limit={6} />
      </section>
      <section className="detail" aria-labelledby="detail-heading">
        <h2 id="detail-heading">One partner in detail</h2>
        {problem ? <p role="alert">Could not load the partners: {problem}</p> : null}
        <p className="picker">
          <label htmlFor={pickerId}>Partner</label>
          <select id={pickerId} value={picked} disabled={!partners || partners.length === 0} onChange={(event) => setPicked(event.target.value)}>
            {(partners ?? []).map((partner) => (
              <option key={partner.slug} value={partner.slug}>
                {partner.name}
              </option>
            ))}
          </select>
        </p>
        {picked ? <NzcPartnerCard api={API} slug={picked} variant="detailed" headingLevel={3} /> : null}
      </section>
    </main>
  );
}
