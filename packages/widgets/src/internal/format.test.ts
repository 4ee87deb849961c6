import { expect } from 'chai';
import { NzcHttpError, NzcNetworkError, NzcTimeoutError, NzcValidationError } from '@nzc/sdk';
import { describeError, formatPartialDate, partnerCount, partnershipKindLabel, partnerTypeLabel } from './format.js';
import { getLocale, setLocale } from './locale.js';

// The month names and digits come from Intl (CLDR), not from the translations, so these hold
// whether or not the locale files are translated yet.
describe('formatPartialDate', () => {
  afterEach(() => setLocale('en'));

  it('writes each precision to what is known, in English', () => {
    expect(getLocale()).to.equal('en');
    const day = formatPartialDate({ value: '2024-10-02', precision: 'day' });
    expect(day).to.match(/\b2\b/);
    expect(day).to.include('October');
    expect(day).to.include('2024');
    expect(formatPartialDate({ value: '2024-10', precision: 'month' })).to.equal('October 2024');
    expect(formatPartialDate({ value: '2024', precision: 'year' })).to.equal('2024');
  });

  it('says the date is not known when it is not', () => {
    expect(formatPartialDate({ value: null, precision: 'unknown' })).to.equal('date not known');
    expect(formatPartialDate({ value: '2024-10-02', precision: 'unknown' })).to.equal('date not known');
    expect(formatPartialDate({ value: null, precision: 'day' })).to.equal('date not known');
  });

  it('shows no more precision than is known, even when the value has more', () => {
    expect(formatPartialDate({ value: '2024-10-02', precision: 'month' })).to.equal('October 2024');
    expect(formatPartialDate({ value: '2024-10-02', precision: 'year' })).to.equal('2024');
  });

  it('keeps the calendar date whatever the time zone (first and last days of a year)', () => {
    expect(formatPartialDate({ value: '2024-01', precision: 'month' })).to.equal('January 2024');
    expect(formatPartialDate({ value: '2024', precision: 'year' })).to.equal('2024');
    expect(formatPartialDate({ value: '2024-12-31', precision: 'day' })).to.match(/31/).and.match(/December/).and.match(/2024/);
    expect(formatPartialDate({ value: '2024-01-01', precision: 'day' })).to.match(/\b1\b/).and.match(/January/);
  });

  it('writes month names and day order of the active locale', async () => {
    await setLocale('fr');
    expect(getLocale()).to.equal('fr');
    expect(formatPartialDate({ value: '2024-10-02', precision: 'day' })).to.equal('2 octobre 2024');
    expect(formatPartialDate({ value: '2024-10', precision: 'month' })).to.equal('octobre 2024');
    expect(formatPartialDate({ value: '2024', precision: 'year' })).to.equal('2024');
    await setLocale('de');
    expect(formatPartialDate({ value: '2024-10-02', precision: 'day' })).to.equal('2. Oktober 2024');
    expect(formatPartialDate({ value: '2024-03', precision: 'month' })).to.equal('März 2024');
    await setLocale('es');
    expect(formatPartialDate({ value: '2024-10', precision: 'month' })).to.match(/^octubre de 2024$/);
    await setLocale('it');
    expect(formatPartialDate({ value: '2024-10-02', precision: 'day' })).to.equal('2 ottobre 2024');
    await setLocale('pl');
    expect(formatPartialDate({ value: '2024-10-02', precision: 'day' })).to.equal('2 października 2024');
  });
});

describe('partnerCount', () => {
  afterEach(() => setLocale('en'));

  // The form chosen for a count, with the number taken out: equal forms mean equal plural categories.
  const form = (count: number) => partnerCount(count).replace(new Intl.NumberFormat(getLocale()).format(count), '#');

  it('uses the singular for one and the plural otherwise, in English', () => {
    expect(partnerCount(1)).to.equal('1 partner');
    expect(partnerCount(0)).to.equal('0 partners');
    expect(partnerCount(2)).to.equal('2 partners');
    expect(partnerCount(9)).to.equal('9 partners');
  });

  it('formats the number for the locale', async () => {
    expect(partnerCount(1234)).to.equal('1,234 partners');
    await setLocale('de');
    expect(partnerCount(1234)).to.include('1.234');
    await setLocale('fr');
    expect(partnerCount(1234)).to.match(/^1\s234 /u);
  });

  it('selects the plural form by the rules of the active locale', async () => {
    // English: 0 takes the plural.
    expect(form(0)).to.equal(form(2));
    expect(form(0)).not.to.equal(form(1));
    // French: 0 and 1 take the singular.
    await setLocale('fr');
    expect(new Intl.PluralRules('fr').select(0)).to.equal('one');
    expect(form(0)).to.equal(form(1));
    // Polish: 2–4 and 22–24 share the "few" form, 5 and 12 the "many" form.
    await setLocale('pl');
    expect(form(2)).to.equal(form(22));
    expect(form(5)).to.equal(form(12));
  });
});

describe('labels and error messages', () => {
  it('names every partner type and partnership kind', () => {
    expect(partnerTypeLabel('eu-funded-project')).to.equal('EU-funded project');
    expect(partnerTypeLabel('financial-institution')).to.equal('Financial institution');
    expect(partnershipKindLabel('mou')).to.equal('Memorandum of Understanding');
    expect(partnershipKindLabel('platform-component')).to.equal('Part of the Mission Platform');
  });

  it('explains errors in words for visitors, without URLs or codes', () => {
    const url = 'https://api.nzc.test/v1/partners/x';
    const messages = [
      describeError(new NzcNetworkError('Network error', { url, cause: new TypeError('fetch') })),
      describeError(new NzcTimeoutError('Timeout', { url, cause: null, timeout: 10 })),
      describeError(new NzcHttpError('HTTP 404', { url, cause: null, status: 404, problem: null })),
      describeError(new NzcHttpError('HTTP 400', { url, cause: null, status: 400, problem: null })),
      describeError(new NzcHttpError('HTTP 503', { url, cause: null, status: 503, problem: null })),
      describeError(new NzcValidationError('bad', { url, issues: [] })),
      describeError('something'),
    ];
    expect(messages[0]).to.include('could not be reached');
    expect(messages[2]).to.equal('Nothing was found for this address.');
    expect(new Set(messages).size).to.equal(6); // network and timeout read the same
    for (const message of messages) {
      expect(message).not.to.include('http');
      expect(message).not.to.match(/\d{3}/);
    }
  });
});
