// The catalogs say the same thing in English and in French: every finding id has samples covering its
// variants, and each sample renders in both languages, with the same facts (names, addresses), no
// placeholder left unfilled, and no English phrase in the French.
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../lib/i18n/render';
import { FINDING_IDS } from '../../lib/report/finding-ids';
import { englishFragments, leaves, renderSample } from './english-fragments';
import { ALL_SAMPLES } from './samples';

const en = catalogFor('en');
const fr = catalogFor('fr');

// A fact worth checking in both languages: a domain, an address, a host; not a bare word or number,
// which each language may spell its own way (1 234, "none").
const isNamedFact = (fact: string) => /[.:@]/.test(fact) && fact.length >= 4;

const cases = FINDING_IDS.flatMap((id) => (ALL_SAMPLES[id] ?? []).map((params, index) => [`${id} #${index + 1}`, id, params] as const));

describe('catalog parity', () => {
  it('every finding id has samples', () => {
    expect(FINDING_IDS.filter((id) => (ALL_SAMPLES[id] ?? []).length === 0)).toEqual([]);
  });

  it.each(cases)('%s renders in both languages with the same facts', (_, id, params) => {
    const english = renderSample(id, params, en);
    const french = renderSample(id, params, fr);
    for (const text of [english.title, english.explanation, french.title, french.explanation]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\bnull\b|NaN|\[object /);
    }
    expect(french.title).not.toBe(english.title);
    const facts = leaves(params).filter(isNamedFact);
    const shownIn = (words: { title: string; explanation: string }) => facts.filter((fact) => `${words.title} ${words.explanation}`.includes(fact)).sort();
    expect(shownIn(french)).toEqual(shownIn(english));
  });

  it('no phrase of the English catalog appears in the French renderings', () => {
    const fragments = englishFragments();
    expect(fragments.length).toBeGreaterThan(10);
    const french = cases.map(([, id, params]) => renderSample(id, params, fr)).flatMap((words) => [words.title, words.explanation]).join('\n');
    expect(fragments.filter((fragment) => french.includes(fragment))).toEqual([]);
  });
});
