// A DNS query that gave no usable answer reads in both languages: every reason, every problem of a reply that
// is not DNS and every rule of names has a sample; each renders in English and French with its facts (the
// numbers, names and codes), and no phrase of the English catalog is left in the French.
import { describe, expect, it } from 'vitest';
import type { AnswerProblem } from '../../lib/dns/answer-problem';
import type { NameProblem } from '../../lib/dns/normalize-name';
import type { DnsFailureCause, DnsFailureFacts } from '../../lib/dns/types';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import { englishIn, englishPhrases } from './english-phrases';

// One sample or more per kind; the Record keys make a new kind without a sample a type error.
const ANSWER: { [K in AnswerProblem['problem']]: Extract<AnswerProblem, { problem: K }>[] } = {
  'content-type': [{ problem: 'content-type', contentType: 'text/html; charset=utf-8' }, { problem: 'content-type', contentType: null }],
  'too-large': [{ problem: 'too-large', bytes: 70_000, limit: 65_535 }, { problem: 'too-large', bytes: null, limit: 65_535 }],
  'unknown-coding': [{ problem: 'unknown-coding', coding: 'zstd' }],
  'bad-coding': [{ problem: 'bad-coding', coding: 'gzip' }],
  'short-header': [{ problem: 'short-header', bytes: 6 }, { problem: 'short-header', bytes: 1 }],
  'truncated': (['field', 'name', 'record-header', 'record-data', 'txt-string'] as const).map((part) => ({ problem: 'truncated', at: 40, part })),
  'missing-records': (['answer', 'authority', 'additional'] as const).map((section) => ({ problem: 'missing-records', section, counted: 2, found: 1 })),
  'trailing-data': [{ problem: 'trailing-data', bytes: 17 }],
  'forward-pointer': [{ problem: 'forward-pointer', at: 12 }],
  'label-type': [{ problem: 'label-type', at: 29, bits: 0x40 }],
  'name-too-long': [{ problem: 'name-too-long', at: 300, limit: 255 }],
  'rdata-length': [{ problem: 'rdata-length', at: 41, typeCode: 15, read: 9, rdlength: 7 }],
  'address-length': [{ problem: 'address-length', at: 41, type: 'AAAA', rdlength: 5 }],
  'name-past-record': [{ problem: 'name-past-record', at: 58 }],
  'empty-txt': [{ problem: 'empty-txt', at: 41 }],
  'txt-past-record': [{ problem: 'txt-past-record', at: 43, length: 30, rdlength: 25 }],
  'not-a-response': [{ problem: 'not-a-response' }],
  'wrong-id': [{ problem: 'wrong-id', id: 4660, expected: 0 }],
  'tc-flag': [{ problem: 'tc-flag' }],
  'question-count': [{ problem: 'question-count', count: 0 }, { problem: 'question-count', count: 2 }],
  'other-question': [{ problem: 'other-question', name: 'other.example', typeCode: 28 }],
  'nxdomain-with-records': [{ problem: 'nxdomain-with-records', count: 1, type: 'TXT' }, { problem: 'nxdomain-with-records', count: 3, type: 'A' }],
  'cname-count': [{ problem: 'cname-count', owner: 'alias.example', count: 2 }],
  'cname-loop': [{ problem: 'cname-loop', chain: ['a.example', 'b.example', 'a.example'] }],
  'cname-chain-too-long': [{ problem: 'cname-chain-too-long', limit: 8 }],
  'stray-record': [{ problem: 'stray-record', owner: 'evil.example', typeCode: 1, asked: 'MX' }],
};

const NAME: { [K in NameProblem['rule']]: Extract<NameProblem, { rule: K }>[] } = {
  'empty-name': [{ rule: 'empty-name' }],
  'empty-label': [{ rule: 'empty-label' }],
  'label-too-long': [{ rule: 'label-too-long', label: 'x'.repeat(64), octets: 64, limit: 63 }],
  'name-too-long': [{ rule: 'name-too-long', octets: 254, limit: 253 }],
  'bad-character': [{ rule: 'bad-character', label: 'ex ample' }],
  'bad-idn': [{ rule: 'bad-idn', label: 'xn--zz' }],
};

const CAUSES: { [R in DnsFailureCause['reason']]: Extract<DnsFailureCause, { reason: R }>[] } = {
  'timeout': [{ reason: 'timeout', timeoutMs: 3000 }, { reason: 'timeout', timeoutMs: 1500 }, { reason: 'timeout', timeoutMs: null }],
  'http-status': [{ reason: 'http-status', httpStatus: 503 }],
  'network': [{ reason: 'network', code: 'ECONNREFUSED' }, { reason: 'network', code: null }],
  'malformed-answer': Object.values(ANSWER).flat().map((problem) => ({ reason: 'malformed-answer', problem })),
  'invalid-name': Object.values(NAME).flat().map((problem) => ({ reason: 'invalid-name', problem })),
  'offline': [{ reason: 'offline' }],
  'aborted': [{ reason: 'aborted' }],
};

const WITH_ATTEMPTS: DnsFailureFacts[] = [
  {
    reason: 'timeout', timeoutMs: 3000,
    attempts: [
      { resolver: 'Cloudflare (https://cloudflare-dns.com/dns-query)', cause: { reason: 'network', code: 'ECONNRESET' } },
      { resolver: 'Cloudflare (https://cloudflare-dns.com/dns-query)', cause: { reason: 'http-status', httpStatus: 502 } },
      { resolver: 'Google (https://dns.google/dns-query)', cause: { reason: 'malformed-answer', problem: { problem: 'tc-flag' } } },
    ],
  },
];

/** The facts a sample's words must show in both languages: its names, codes, types and URLs-free resolver names. */
function facts(value: unknown): string[] {
  if (typeof value === 'string') return value.includes(' (') ? [value.replace(/ \(.*\)$/, '')] : [value];
  if (typeof value === 'number') return [];
  if (Array.isArray(value)) return value.flatMap(facts);
  // Codes that name a kind are worded, not shown; earlier tries are named briefly (the last test below).
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => ((['reason', 'problem', 'rule', 'part', 'section'].includes(key) && typeof item === 'string') || key === 'attempts' ? [] : facts(item)));
  return [];
}

const en = catalogFor('en').dnsFailure;
const fr = catalogFor('fr').dnsFailure;
const samples: DnsFailureFacts[] = [...Object.values(CAUSES).flat(), ...WITH_ATTEMPTS];
const cases = samples.map((sample) => [JSON.stringify(sample), sample, en.failure(sample, formatFor('en')), fr.failure(sample, formatFor('fr'))] as const);

describe('a failed DNS query in both languages', () => {
  it.each(cases)('%s', (_, sample, english, french) => {
    expect(english.trim()).not.toBe('');
    expect(french).not.toBe(english);
    for (const fact of facts(sample)) {
      expect(english, fact).toContain(fact);
      expect(french, fact).toContain(fact);
    }
    expect(`${english}\n${french}`).not.toMatch(/undefined|\bnull\b|NaN|\[object /);
  });

  it('no phrase of the English catalog in the French', () => {
    const french = cases.map(([, , , words]) => words).join('\n');
    const own = cases
      .flatMap(([, sample, english]) => facts(sample).reduce((text, fact) => text.split(fact).join('|'), english).split(/[|.;:(),"{}]/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.split(/\s+/).filter((word) => /^[A-Za-z']{2,}$/.test(word)).length >= 2);
    expect(own.length).toBeGreaterThan(40);
    expect(englishIn(french, [...englishPhrases(), ...own])).toEqual([]);
  });

  it('numbers, plurals and the time limit follow the language', () => {
    const big = { reason: 'malformed-answer', problem: { problem: 'too-large', bytes: 70_000, limit: 65_535 } } as const;
    expect(en.failure(big, formatFor('en'))).toBe('the answer could not be read: 70,000 bytes, over the 65,535-byte limit of a DNS message');
    expect(fr.failure(big, formatFor('fr'))).toMatch(/^réponse DNS illisible : 70\s000 octets, au-delà de la limite de 65\s535 octets d'un message DNS$/u);
    expect(fr.failure({ reason: 'timeout', timeoutMs: 1500 }, formatFor('fr'))).toBe('délai dépassé après 1,5 s');
    expect(en.failure({ reason: 'timeout', timeoutMs: 1500 }, formatFor('en'))).toBe('timeout after 1.5 s');
    const one = { reason: 'malformed-answer', problem: { problem: 'short-header', bytes: 1 } } as const;
    expect(en.failure(one, formatFor('en'))).toBe('the answer could not be read: 1 byte, shorter than a DNS header (12)');
    expect(fr.failure(one, formatFor('fr'))).toBe('réponse DNS illisible : 1 octet, moins qu\'un en-tête DNS (12)');
  });

  it('earlier tries are grouped by resolver, named without their URL', () => {
    const [sample] = WITH_ATTEMPTS;
    expect(en.failure(sample!, formatFor('en'))).toBe('timeout after 3 s (after Cloudflare failed twice: network error, HTTP 502; Google failed once: unreadable answer)');
    expect(fr.failure(sample!, formatFor('fr'))).toBe('délai dépassé après 3 s (après 2 échecs de Cloudflare : erreur réseau, HTTP 502 ; 1 échec de Google : réponse illisible)');
  });
});
