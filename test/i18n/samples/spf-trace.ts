// Samples of the SPF trace's facts (lib/auth/spf/types.ts): every kind of a term's why and of a record's
// stop, and inside them every kind of syntax error, macro error, name problem and failed lookup.
import type { SpfMacroError, SpfNameProblem, SpfStop, SpfSyntaxError, SpfTermWhy } from '../../../lib/auth/spf/types';
import type { LookupProblem } from '../../../lib/dns/types';
import type { VariantSamples } from './types';

const TIMEOUT: LookupProblem = { kind: 'failure', name: 'slow.example.com', type: 'A', reason: 'timeout', timeoutMs: 3000, ms: 3000 };
const SERVFAIL: LookupProblem = { kind: 'rcode', name: 'loop.example.com', type: 'TXT', rcode: 'SERVFAIL' };

const NAMES: VariantSamples<SpfNameProblem, 'kind'> = {
  'address-literal': [{ kind: 'address-literal', name: '[192.0.2.1]' }],
  'not-visible-ascii': [{ kind: 'not-visible-ascii', name: 'caf\u00e9.example.com' }],
  numeric: [{ kind: 'numeric', name: '192.0.2.1' }],
  empty: [{ kind: 'empty', name: '' }],
  'single-label': [{ kind: 'single-label', name: 'localhost' }],
  'empty-label': [{ kind: 'empty-label', name: 'a..example.com' }],
  'too-long': [{ kind: 'too-long', name: `${'a.'.repeat(130)}example.com`, max: 253 }],
  'label-too-long': [{ kind: 'label-too-long', name: `${'a'.repeat(64)}.example.com`, max: 63 }],
};

const MACROS: VariantSamples<SpfMacroError, 'kind'> = {
  character: [{ kind: 'character', char: 'U+0020' }],
  'bare-percent': [{ kind: 'bare-percent', source: 'foo%.example.com' }],
  unterminated: [{ kind: 'unterminated', source: '%{d' }],
  'letter-not-allowed': [
    { kind: 'letter-not-allowed', macro: 'r', use: 'domain-spec' },
    { kind: 'letter-not-allowed', macro: 'x', use: 'explain-string' },
  ],
  delimiter: [{ kind: 'delimiter', macro: 'd2x' }],
  'zero-parts': [{ kind: 'zero-parts', macro: 'd0' }],
};

const SYNTAX: VariantSamples<SpfSyntaxError, 'kind'> = {
  'no-version': [{ kind: 'no-version' }],
  'duplicate-modifier': [{ kind: 'duplicate-modifier', name: 'redirect' }],
  'unknown-mechanism': [{ kind: 'unknown-mechanism', term: 'ip:192.0.2.1' }],
  'all-argument': [{ kind: 'all-argument', term: '-all:example.com' }],
  'needs-domain': [{ kind: 'needs-domain', term: 'include', mechanism: 'include' }],
  'ptr-cidr': [{ kind: 'ptr-cidr', term: 'ptr/24' }],
  'address-mechanism': [{ kind: 'address-mechanism', term: 'a/24/64', mechanism: 'a' }],
  'cidr-length': [{ kind: 'cidr-length', term: 'a/33' }],
  network: [{ kind: 'network', term: 'ip4:1.2.3', mechanism: 'ip4' }],
  'empty-domain-spec': [{ kind: 'empty-domain-spec', term: 'include:' }],
  'top-label': [{ kind: 'top-label', term: 'a:example.com:8080', spec: 'example.com:8080' }],
  macro: Object.values(MACROS).flat().flatMap((error) => [
    { kind: 'macro' as const, term: 'exists:%{r}.example.com', error, modifier: false },
    { kind: 'macro' as const, term: 'foo=%{r}.example.com', error, modifier: true },
  ]),
};

const DEFAULT_STOP: SpfStop = { kind: 'no-record', domain: 'nospf.example.com' };

export const TERM_SAMPLES: VariantSamples<SpfTermWhy, 'kind'> = {
  all: [{ kind: 'all' }],
  network: [{ kind: 'network', inside: true }, { kind: 'network', inside: false }],
  addresses: [
    { kind: 'addresses', type: 'A', target: 'mail.example.com', count: 1, prefix: 32, matched: true },
    { kind: 'addresses', type: 'AAAA', target: 'mail.example.com', count: 3, prefix: 64, matched: false },
  ],
  'mx-host': [{ kind: 'mx-host', exchange: 'mx1.example.com', prefix: 24 }],
  'mx-hosts': [
    { kind: 'mx-hosts', target: 'example.com', hosts: 1, prefix: 32 },
    { kind: 'mx-hosts', target: 'example.com', hosts: 4, prefix: 32 },
  ],
  'too-many-mx': [{ kind: 'too-many-mx', target: 'example.com', count: 11, max: 10 }],
  'ptr-name': [{ kind: 'ptr-name', name: 'mail.example.com', target: 'example.com' }],
  'ptr-names': [
    { kind: 'ptr-names', names: [], target: 'example.com' },
    { kind: 'ptr-names', names: ['host.isp.example', 'other.isp.example'], target: 'example.com' },
  ],
  'ptr-lookup-failed': [{ kind: 'ptr-lookup-failed', problem: { kind: 'failure', name: '1.2.0.192.in-addr.arpa', type: 'PTR', reason: 'timeout', timeoutMs: 3000, ms: 3000 } }],
  exists: [{ kind: 'exists', target: '1.2.0.192.rbl.example.org' }],
  evaluated: (['pass', 'fail', 'softfail', 'neutral', 'permerror', 'temperror'] as const).flatMap((result) => [
    { kind: 'evaluated' as const, via: 'include' as const, target: '_spf.example.net', result },
    { kind: 'evaluated' as const, via: 'redirect' as const, target: '_spf.example.org', result },
  ]),
  'no-usable-record': [
    { kind: 'no-usable-record', via: 'include', target: 'gone.example.net', stop: { kind: 'nxdomain', domain: 'gone.example.net' } },
    { kind: 'no-usable-record', via: 'redirect', target: 'nospf.example.com', stop: DEFAULT_STOP },
  ],
  void: [
    { kind: 'void', lookup: { name: 'gone.example.com', type: 'A', rcode: 'NXDOMAIN' } },
    { kind: 'void', lookup: { name: 'empty.example.com', type: 'MX', rcode: 'NODATA' } },
  ],
  'void-limit': [{ kind: 'void-limit', lookup: { name: 'gone3.example.com', type: 'AAAA', rcode: 'NXDOMAIN' }, max: 2 }],
  'lookup-failed': [
    { kind: 'lookup-failed', problem: TIMEOUT },
    { kind: 'lookup-failed', problem: SERVFAIL },
  ],
  'term-limit': [{ kind: 'term-limit', max: 10 }],
  'time-limit': [{ kind: 'time-limit', seconds: 20 }],
  'unusable-target': Object.values(NAMES).flat().map((problem) => ({ kind: 'unusable-target' as const, problem })),
};

export const STOP_SAMPLES: VariantSamples<SpfStop, 'kind'> = {
  'invalid-ip': [{ kind: 'invalid-ip', ip: '300.1.2.3' }],
  'invalid-domain': [
    { kind: 'invalid-domain', problem: { kind: 'numeric', name: '192.0.2.1' }, identity: 'helo' },
    { kind: 'invalid-domain', problem: { kind: 'single-label', name: 'localhost' }, identity: 'mailfrom' },
    { kind: 'invalid-domain', problem: { kind: 'empty-label', name: 'a..example.com' } },
  ],
  nxdomain: [{ kind: 'nxdomain', domain: 'gone.example.com' }],
  'no-record': [DEFAULT_STOP],
  'multiple-records': [{ kind: 'multiple-records', domain: 'twice.example.com', count: 2 }],
  lookup: [
    { kind: 'lookup', domain: 'slow.example.com', problem: { ...TIMEOUT, type: 'TXT' } },
    { kind: 'lookup', domain: 'loop.example.com', problem: SERVFAIL },
  ],
  syntax: Object.values(SYNTAX).flat().map((error) => ({ kind: 'syntax' as const, domain: 'broken.example.com', error })),
  term: [
    { kind: 'term', term: 'include:_spf.example.net', domain: 'example.com', why: { kind: 'term-limit', max: 10 } },
    { kind: 'term', term: 'a:slow.example.com', domain: 'example.com', why: { kind: 'lookup-failed', problem: TIMEOUT } },
  ],
  'default-neutral': [{ kind: 'default-neutral' }],
};
