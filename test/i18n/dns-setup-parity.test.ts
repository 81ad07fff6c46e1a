// A refused zone file or resolver choice reads in both languages: every problem kind has a sample, each
// renders in English and French with its facts (the entry's name, the value typed), and no phrase of the
// English catalog is left in the French.
import { describe, expect, it } from 'vitest';
import type { ResolverProblem } from '../../lib/dns/create-resolver';
import type { ZoneFileProblem } from '../../lib/i18n/dns';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import { englishIn, englishPhrases } from './english-phrases';

// One sample per kind; the Record keys make a new kind without a sample a type error.
const ZONE: Record<ZoneFileProblem['kind'], ZoneFileProblem[]> = {
  'not-an-object': [{ kind: 'not-an-object' }],
  'types-not-an-object': [{ kind: 'types-not-an-object', name: 'example.com' }],
  'unsupported-type': [{ kind: 'unsupported-type', name: 'example.com', type: 'SRV' }],
  'bad-record': (['address', 'name', 'txt', 'mx'] as const).map((expected) => ({ kind: 'bad-record', name: 'example.com', type: 'MX', expected })),
  'unreadable': [{ kind: 'unreadable', code: 'ENOENT' }],
  'not-json': [{ kind: 'not-json', detail: 'Unexpected end of JSON input' }],
};

const RESOLVER: Record<ResolverProblem['kind'], ResolverProblem[]> = {
  'not-a-url': [{ kind: 'not-a-url', value: 'cloudflair' }],
  'not-https': [{ kind: 'not-https', protocol: 'ftp:' }],
  'has-query': [{ kind: 'has-query' }],
  'bad-timeout': [{ kind: 'bad-timeout', timeoutMs: -1500 }],
  'bad-fallback': [{ kind: 'bad-fallback', problem: { kind: 'not-a-url', value: 'nope' } }],
};

// The samples' facts, shown as they are in both languages.
const FACTS = ['example.com', 'cloudflair', 'nope', 'ftp:', 'ENOENT', 'SRV', 'MX'];

const en = catalogFor('en').dnsSetup;
const fr = catalogFor('fr').dnsSetup;
const cases = [
  ...Object.values(ZONE).flat().map((problem) => [JSON.stringify(problem), en.zoneProblem(problem), fr.zoneProblem(problem)] as const),
  ...Object.values(RESOLVER).flat().map((problem) => [JSON.stringify(problem), en.resolverProblem(problem, formatFor('en')), fr.resolverProblem(problem, formatFor('fr'))] as const),
];

describe('zone-file and resolver problems in both languages', () => {
  it.each(cases)('%s', (_, english, french) => {
    expect(english.trim()).not.toBe('');
    expect(french.trim()).not.toBe('');
    expect(french).not.toBe(english);
    for (const fact of FACTS) expect(french.includes(fact)).toBe(english.includes(fact));
    expect(`${english}\n${french}`).not.toMatch(/undefined|\bnull\b|NaN|\[object /);
  });

  it('no phrase of the English catalog in the French (its other areas, and these renderings themselves)', () => {
    const french = cases.map(([, , words]) => words).join('\n');
    // Each English rendering cut at punctuation; a piece of two words or more is a phrase of this catalog.
    // The JSON input detail is JSON.parse's own message, the same in both languages: left out.
    const own = cases
      .filter(([name]) => !name.includes('not-json'))
      .flatMap(([, english]) => FACTS.reduce((text, fact) => text.split(fact).join('|'), english).split(/[|.;:(),"{}]/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.split(/\s+/).filter((word) => /^[A-Za-z']{2,}$/.test(word)).length >= 2);
    expect(own.length).toBeGreaterThan(8);
    expect(englishIn(french, [...englishPhrases(), ...own])).toEqual([]);
  });

  it('numbers follow the language', () => {
    expect(en.resolverProblem({ kind: 'bad-timeout', timeoutMs: -1500 }, formatFor('en'))).toContain('-1,500');
    expect(fr.resolverProblem({ kind: 'bad-timeout', timeoutMs: -1500 }, formatFor('fr'))).toMatch(/-1\s500/u);
  });
});
