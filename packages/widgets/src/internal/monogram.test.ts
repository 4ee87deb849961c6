import { expect } from 'chai';
import { MONOGRAM_HUES, monogramHue, monogramLetters } from './monogram.js';

const slugs = ['civitas', 'networknature-plus', 'covenant-of-mayors-europe', 'capacities', 'philea', 'dut-partnership', 'climate-city-capital-hub', 'eib', 'sun4ukraine'];

describe('monogramLetters', () => {
  it('uses up to three letters of the acronym, upper-cased', () => {
    expect(monogramLetters('CIVITAS Initiative', 'CIVITAS')).to.equal('CIV');
    expect(monogramLetters('European Investment Bank', 'EIB')).to.equal('EIB');
    expect(monogramLetters('Driving Urban Transitions', 'DUT')).to.equal('DUT');
    expect(monogramLetters('Philea', 'Philea')).to.equal('PHI');
    expect(monogramLetters('x', 'ab')).to.equal('AB');
  });

  it('drops what is not a letter or a digit from the acronym', () => {
    expect(monogramLetters('NetworkNature+', 'NN+')).to.equal('NN');
    expect(monogramLetters('Sun 4 Ukraine', 'SUN4Ukraine')).to.equal('SUN');
    expect(monogramLetters('Capital Hub', 'C. H.')).to.equal('CH');
    expect(monogramLetters('<b>', '<script>')).to.equal('SCR');
  });

  it('falls back to the initials of capitalised words when there is no usable acronym', () => {
    expect(monogramLetters('Covenant of Mayors Europe', null)).to.equal('CM');
    expect(monogramLetters('Climate City Capital Hub', '')).to.equal('CC');
    expect(monogramLetters('Driving Urban-Transitions', '+++')).to.equal('DU');
    expect(monogramLetters('Net Zero—Cities', null)).to.equal('NZ');
  });

  it('falls back to the first character when no word is capitalised, and to "?" for an empty name', () => {
    expect(monogramLetters('climate alliance', null)).to.equal('C');
    expect(monogramLetters('', null)).to.equal('?');
  });

  it('handles letters outside ASCII and astral characters whole', () => {
    expect(monogramLetters('Łódź Ökologie', null)).to.equal('ŁÖ');
    expect(monogramLetters('𝐀lpha', null)).to.equal('𝐀');
    expect([...monogramLetters('x', '𝐀𝐁𝐂𝐃')]).to.have.length(3);
  });
});

describe('monogramHue', () => {
  it('is stable: the same slug always gives the same colour', () => {
    for (const slug of slugs) expect(monogramHue(slug)).to.equal(monogramHue(slug.split('').join('')));
    // Pinned values: a change of the hash would recolour every partner on every page.
    expect(monogramHue('')).to.equal(0);
    expect(monogramHue('a')).to.equal(97 % MONOGRAM_HUES);
    expect(monogramHue('ab')).to.equal((97 * 31 + 98) % MONOGRAM_HUES);
  });

  it('is one of the colours the stylesheet defines', () => {
    for (const slug of ['civitas', 'eib', 'x', 'a-very-long-slug-'.repeat(10), 'ÿ']) {
      const hue = monogramHue(slug);
      expect(Number.isInteger(hue) && hue >= 0 && hue < MONOGRAM_HUES, slug).to.equal(true);
    }
  });

  it('spreads the partners over several colours', () => {
    expect(new Set(slugs.map((slug) => monogramHue(slug))).size).to.be.at.least(4);
  });
});
