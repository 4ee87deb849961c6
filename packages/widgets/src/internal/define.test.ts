import { expect } from 'chai';
import { NzcPartnerExplorer } from '../partner-explorer/define.js';
import type { NzcPartnerList } from '../partner-list/partner-list.js';
import { API, cleanup, clearApiCache, fixture, startApi, until } from './test/fixtures.js';

before(startApi);
beforeEach(clearApiCache);
afterEach(cleanup);

/** The partner names the list's cards show, without their acronyms. */
const names = (list: NzcPartnerList) =>
  [...list.shadowRoot!.querySelectorAll('nzc-partner-card')].map((card) => {
    const name = card.shadowRoot?.querySelector('[part~="name"]')?.cloneNode(true) as Element | undefined;
    name?.querySelector('.acronym')?.remove();
    return name?.textContent?.trim() ?? '';
  });

describe('elements defined before their explorer', () => {
  it('get the explorer’s API and filter once it is defined, as in a page’s markup loading the bundle', async () => {
    // In a page's markup, the list inside an explorer is upgraded first: the explorer's module imports the list's.
    const explorer = await fixture<HTMLElement>(`<nzc-late-explorer api="${API}"><nzc-partner-list></nzc-partner-list></nzc-late-explorer>`);
    const list = explorer.querySelector<NzcPartnerList>('nzc-partner-list')!;
    await list.updateComplete;
    expect(list.apiBase).to.equal(undefined);

    customElements.define('nzc-late-explorer', class extends NzcPartnerExplorer {});
    await until(() => list.apiBase === API, 'the list to receive the explorer’s API');

    (explorer as NzcPartnerExplorer).filter = { theme: ['energy-systems'] };
    const expected = ((await (await fetch(`${API}/partners?theme=energy-systems&limit=12`)).json()) as { data: { name: string }[] }).data.map((partner) => partner.name);
    await until(() => JSON.stringify(names(list)) === JSON.stringify(expected), 'the list to follow the explorer’s filter');
  });
});
