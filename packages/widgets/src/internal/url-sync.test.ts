import { expect } from 'chai';
import { ReactiveElement } from 'lit';
import { FilterStore } from './store.js';
import { filterFromSearch, searchWithFilter } from './url-state.js';
import { UrlSyncController } from './url-sync.js';
import { back, param } from './test/page-url.js';

/** A bare element that syncs its store with the URL while `sync` is true. */
class SyncHost extends ReactiveElement {
  static override properties = { sync: { type: Boolean } };
  declare sync: boolean;
  readonly store = new FilterStore();
  readonly controller: UrlSyncController;

  constructor() {
    super();
    this.sync = true;
    this.controller = new UrlSyncController(this, () => (this.sync ? this.store : undefined));
  }
}
customElements.define('url-sync-test-host', SyncHost);

const original = location.href;

/** The test page with `params` added to its own, without adding a history entry. */
function visit(params: string): void {
  const url = new URL(original);
  for (const [key, value] of new URLSearchParams(params)) url.searchParams.append(key, value);
  history.replaceState(null, '', url.href);
}

const hosts: SyncHost[] = [];
async function mount(sync = true): Promise<SyncHost> {
  const host = document.createElement('url-sync-test-host') as SyncHost;
  host.sync = sync;
  document.body.append(host);
  hosts.push(host);
  await host.updateComplete;
  return host;
}

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  history.replaceState(null, '', original);
});

describe('filterFromSearch', () => {
  it('reads comma-separated slugs for theme, topic and city', () => {
    expect(filterFromSearch('?theme=mobility,energy-systems&topic=governance-and-policy&city=paris')).to.deep.equal({
      theme: ['energy-systems', 'mobility'],
      topic: ['governance-and-policy'],
      city: ['paris'],
    });
  });

  it('ignores junk: markup, prototype keys, capitals, blanks and repeats', () => {
    expect(filterFromSearch('?theme=<script>,ok-slug,__proto__,ok-slug,,Mobility,a%20b').theme).to.deep.equal(['ok-slug']);
    expect(filterFromSearch('?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E&topic=constructor').theme).to.deep.equal([]);
    expect(filterFromSearch('?topic=-leading,trailing-,double--dash').topic).to.deep.equal([]);
  });

  it('keeps at most 20 values of at most 80 characters', () => {
    const many = Array.from({ length: 30 }, (_, index) => `slug-${String(index).padStart(2, '0')}`);
    expect(filterFromSearch(`?city=${many.join(',')}`).city).to.have.length(20);
    expect(filterFromSearch(`?city=${'a'.repeat(81)},${'b'.repeat(80)}`).city).to.deep.equal(['b'.repeat(80)]);
  });

  it('gives an empty filter for a URL without one', () => {
    expect(filterFromSearch('')).to.deep.equal({ theme: [], topic: [], city: [] });
    expect(filterFromSearch('?lang=fr&page=2')).to.deep.equal({ theme: [], topic: [], city: [] });
  });
});

describe('searchWithFilter', () => {
  it('writes the filter with readable commas, keeping the other parameters and the hash', () => {
    const href = searchWithFilter('https://city.example/partners?lang=fr&page=2#results', { theme: ['energy-systems', 'mobility'], topic: [], city: [] });
    expect(href).to.equal('https://city.example/partners?lang=fr&page=2&theme=energy-systems,mobility#results');
  });

  it('keeps the other parameters exactly as written and in their order', () => {
    const href = searchWithFilter('https://city.example/?q=heat+pumps&theme=old&flag&x=%2C#top', { theme: ['mobility'], topic: ['governance-and-policy'], city: [] });
    expect(href).to.equal('https://city.example/?q=heat+pumps&theme=mobility&flag&x=%2C&topic=governance-and-policy#top');
  });

  it('removes the keys of empty lists, and repeats of a key', () => {
    const href = searchWithFilter('https://city.example/?theme=a&lang=de&theme=b&topic=c#map', { theme: [], topic: [], city: [] });
    expect(href).to.equal('https://city.example/?lang=de#map');
    expect(searchWithFilter('https://city.example/?theme=a', { theme: [], topic: [], city: [] })).to.equal('https://city.example/');
  });

  it('round-trips through filterFromSearch', () => {
    const state = { theme: ['built-environment', 'mobility'], topic: ['social-innovation'], city: ['paris', 'valencia'] };
    expect(filterFromSearch(new URL(searchWithFilter('https://city.example/?a=1#h', state)).search)).to.deep.equal(state);
  });
});

describe('UrlSyncController', () => {
  it('starts from the filter in the URL', async () => {
    visit('theme=mobility&city=paris&lang=fr');
    const host = await mount();
    expect(host.store.state).to.deep.equal({ theme: ['mobility'], topic: [], city: ['paris'] });
    expect(host.controller.syncing).to.equal(true);
  });

  it('adds a history entry for each change, so that Back undoes one step', async () => {
    visit('lang=fr');
    const host = await mount();
    const length = history.length;
    host.store.set({ theme: ['mobility'] });
    expect(param('theme')).to.equal('mobility');
    host.store.set({ theme: ['energy-systems', 'mobility'] });
    expect(param('theme')).to.equal('energy-systems,mobility');
    expect(param('lang')).to.equal('fr');
    expect(history.length).to.equal(length + 2);

    await back();
    expect(host.store.state.theme).to.deep.equal(['mobility']);
    await back();
    expect(host.store.state.theme).to.deep.equal([]);
    expect(param('theme')).to.equal(null);
    expect(param('lang')).to.equal('fr');
  });

  it('adds no entry when the store is set to what the URL already says', async () => {
    visit('theme=mobility');
    const host = await mount();
    const length = history.length;
    host.store.set({ theme: ['mobility'] });
    host.store.set({ theme: ['mobility', 'mobility'] });
    expect(history.length).to.equal(length);
  });

  it('leaves the URL alone while syncing is off, and follows it once switched on', async () => {
    visit('topic=governance-and-policy');
    const host = await mount(false);
    const length = history.length;
    expect(host.store.state.topic).to.deep.equal([]);
    host.store.set({ theme: ['mobility'] });
    expect(param('theme')).to.equal(null);
    expect(history.length).to.equal(length);

    host.sync = true;
    await host.updateComplete;
    expect(host.store.state.topic).to.deep.equal(['governance-and-policy']);
    host.store.set({ topic: [] });
    expect(param('topic')).to.equal(null);
  });

  it('stops following the URL once disconnected', async () => {
    const host = await mount();
    host.store.set({ theme: ['mobility'] });
    host.remove();
    host.store.set({ theme: ['energy-systems'] });
    expect(param('theme')).to.equal('mobility');
    await back();
    expect(host.store.state.theme).to.deep.equal(['energy-systems']);
  });
});
