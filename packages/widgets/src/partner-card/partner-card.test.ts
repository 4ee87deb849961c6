import { expect } from 'chai';
import { API, cleanup, expectAccessible, fixture, shadow, startApi, until, visibleText } from '../internal/test/fixtures.js';
import type { NzcPartnerCard } from './partner-card.js';
import './define.js';

before(startApi);
afterEach(cleanup);

describe('<nzc-partner-card>', () => {
  it('shows a partner fetched by slug, with its signed MoU', async () => {
    const card = await fixture<NzcPartnerCard>(`<nzc-partner-card api="${API}" slug="civitas"></nzc-partner-card>`);
    await until(() => visibleText(card).includes('CIVITAS Initiative'), 'the name');
    const text = visibleText(card);
    expect(text).to.include('Memorandum of Understanding');
    expect(text).to.include('signed October 2024');
    expect(shadow(card).querySelector('[part~="logo"]')!.textContent!.trim()).to.equal('CIV');
    await expectAccessible(card);
  });
});
