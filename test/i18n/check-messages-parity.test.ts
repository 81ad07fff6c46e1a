// The SPF trace, the ARC messages, the parsers' problems and the forwarding signs say the same thing in English
// and in French: every variant of their facts (SpfTermWhy, SpfStop, ArcSignatureProblem, ArcFailure, ArcUnchecked,
// TagListError, DkimDetail, the DMARC TagProblem, AuthResultsProblem, ForwardingSignFacts) has a sample, each renders in
// both languages with the same named facts, and no phrase of the English words appears in the French.
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../lib/i18n/render';
import { messagePhrases, renderedMessages } from './samples/check-messages';

const english = renderedMessages(catalogFor('en'));
const french = renderedMessages(catalogFor('fr'));
// A domain, an address, a key name, a term with its value: each language writes it the same way.
const isNamedFact = (fact: string) => /[.:@=[]/.test(fact) && fact.length >= 4;

describe('SPF trace and ARC message parity', () => {
  it('renders every sample in both languages, in the same order', () => {
    expect(english.length).toBeGreaterThan(120);
    expect(french.map((message) => message.label)).toEqual(english.map((message) => message.label));
  });

  it.each(english.map((message, index) => [message.label, index] as const))('%s: same facts, other words', (_, index) => {
    const en = english[index]!;
    const fr = french[index]!;
    for (const text of [en.text, fr.text]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\bnull\b|NaN|\[object /);
    }
    expect(fr.text).not.toBe(en.text);
    const shown = (text: string) => en.facts.filter(isNamedFact).filter((fact) => text.includes(fact));
    expect(shown(fr.text)).toEqual(shown(en.text));
  });

  it('no phrase of the English messages appears in the French ones', () => {
    const phrases = messagePhrases(catalogFor('en'));
    expect(phrases.length).toBeGreaterThan(60);
    const text = french.map((message) => message.text).join('\n');
    expect(phrases.filter((phrase) => text.includes(phrase))).toEqual([]);
  });
});
