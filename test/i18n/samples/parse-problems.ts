// Samples of the parsers' facts (lib/headers/tag-list.ts, lib/auth/dkim/types.ts DkimDetail, the DMARC record's
// TagProblem, AuthResultsProblem) and of the forwarding signs' facts: every variant, so each branch of both
// catalogs is rendered.
import type { DkimDetail } from '../../../lib/auth/dkim/types';
import type { TagProblem } from '../../../lib/auth/dmarc/types';
import type { AuthResultsProblem } from '../../../lib/headers/parse-authentication-results';
import type { TagListError } from '../../../lib/headers/tag-list';
import type { ForwardingSignFacts } from '../../../lib/report/types';
import type { VariantSamples } from './types';

export const TAG_LIST_SAMPLES: VariantSamples<TagListError, 'problem'> = {
  'empty-list': [{ problem: 'empty-list' }],
  'empty-tag-spec': [{ problem: 'empty-tag-spec', offset: 1234 }],
  'no-equals': [{ problem: 'no-equals', text: 'junk' }],
  'bad-tag-name': [{ problem: 'bad-tag-name', name: '1a' }],
  'duplicate-tag': [{ problem: 'duplicate-tag', tag: 'bh' }],
  'missing-tag': [{ problem: 'missing-tag', tag: 'b' }],
  'bad-base64': [{ problem: 'bad-base64', tag: 'p' }],
};

export const DKIM_DETAIL_SAMPLES: VariantSamples<DkimDetail, 'problem'> = {
  ...TAG_LIST_SAMPLES,
  'unsupported-version': [{ problem: 'unsupported-version', value: '2' }],
  'from-not-signed': [{ problem: 'from-not-signed' }],
  'auid-without-at': [{ problem: 'auid-without-at', auid: 'news.example.com' }],
  'auid-not-in-sdid': [{ problem: 'auid-not-in-sdid', auid: 'alerts@example.net', d: 'example.com' }],
  'unsupported-query-method': [{ problem: 'unsupported-query-method', value: 'dns/other' }],
  'unsupported-algorithm': [{ problem: 'unsupported-algorithm', value: 'rsa-md5' }],
  'empty-signature': [{ problem: 'empty-signature' }],
  'unsupported-canonicalization': [{ problem: 'unsupported-canonicalization', value: 'loose/simple' }],
  'bad-domain': [{ problem: 'bad-domain', value: 'exa mple.com' }],
  'bad-selector': [{ problem: 'bad-selector', value: 'sel 1' }],
  'bad-field-name': [{ problem: 'bad-field-name', value: 'from::to' }],
  'not-a-number': [{ problem: 'not-a-number', tag: 'x', value: 'soon' }],
  'expiration-before-timestamp': [{ problem: 'expiration-before-timestamp', timestamp: 1700000000, expiration: 1690000000 }],
  'key-version': [{ problem: 'key-version', value: 'DKIM2' }],
  'no-key': [{ problem: 'no-key', rcode: 'NXDOMAIN' }, { problem: 'no-key', rcode: 'NODATA' }],
  'several-keys': [{ problem: 'several-keys', count: 2 }],
  'lookup-rcode': [{ problem: 'lookup-rcode', rcode: 'SERVFAIL' }],
  'ed25519-length': [{ problem: 'ed25519-length', octets: 31 }],
  'not-rsa-key': [{ problem: 'not-rsa-key' }],
  'key-import': [{ problem: 'key-import' }],
};

export const DMARC_TAG_SAMPLES: VariantSamples<TagProblem, 'issue'> = {
  missing: [{ issue: 'missing', tag: 'p', value: null, message: '' }],
  duplicate: [{ issue: 'duplicate', tag: 'p', value: 'reject', message: '' }],
  'unknown-tag': [{ issue: 'unknown-tag', tag: 'px', value: 'none', message: '' }],
  syntax: [{ issue: 'syntax', tag: 'rua mailto:dmarc@example.com', value: null, message: '' }],
  'invalid-value': [
    { issue: 'invalid-value', tag: 'p', value: 'block', expected: { kind: 'policy' }, message: '' },
    { issue: 'invalid-value', tag: 'adkim', value: 'x', expected: { kind: 'alignment' }, message: '' },
    { issue: 'invalid-value', tag: 'ri', value: '-1', expected: { kind: 'integer', max: 4294967295, fallback: 86400 }, message: '' },
    { issue: 'invalid-value', tag: 'rua', value: 'dmarc@example.com', expected: { kind: 'uri' }, message: '' },
    { issue: 'invalid-value', tag: 'fo', value: '2', expected: { kind: 'colon-list', fallback: ['0'] }, message: '' },
  ],
};

export const AUTH_RESULTS_SAMPLES: VariantSamples<AuthResultsProblem, 'problem'> = {
  'text-after-authserv-id': [{ problem: 'text-after-authserv-id', text: 'junk; spf=pass' }],
  'no-method': [{ problem: 'no-method', text: '=pass' }],
  'no-result': [{ problem: 'no-result', method: 'spf' }],
  'empty-result': [{ problem: 'empty-result', method: 'dkim' }],
  'not-a-result': [{ problem: 'not-a-result', method: 'x', text: 'from=example.com' }],
  'unexpected-text': [{ problem: 'unexpected-text', method: 'spf', text: '/x' }],
  'property-without-value': [{ problem: 'property-without-value', ptype: 'smtp', property: 'mailfrom' }],
  'stray-word': [{ problem: 'stray-word', method: 'dmarc', word: 'foo' }],
  'no-instance': [{ problem: 'no-instance' }],
};

export const FORWARDING_SIGN_SAMPLES: VariantSamples<ForwardingSignFacts, 'kind'> = {
  'arc-set': [{ kind: 'arc-set', sealers: [{ domain: 'lists.example.org', instance: 1 }, { domain: null, instance: null }] }],
  'resent-fields': [{ kind: 'resent-fields', names: ['Resent-From', 'Resent-To'] }],
  'x-forwarded-to': [{ kind: 'x-forwarded-to', value: 'support@example.com' }],
  'x-forwarded-for': [{ kind: 'x-forwarded-for', value: 'alice@example.net support@example.com' }],
  'x-google-original-from': [{ kind: 'x-google-original-from', value: 'Alice <alice@example.net>' }],
  'recipient-domain-change': [{ kind: 'recipient-domain-change', from: 'example.net', to: 'example.com' }],
  'list-headers': [{ kind: 'list-headers' }],
  other: [{ kind: 'other' }],
};
