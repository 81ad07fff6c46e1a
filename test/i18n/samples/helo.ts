import type { HeloParams } from '../../../lib/report/params/helo';
import type { FindingSamples } from './types';

const failure = { kind: 'failure' as const, name: 'mx1.example.com', type: 'A' as const, reason: 'timeout' as const, timeoutMs: 3000, ms: 3000 };

export const helo: FindingSamples<HeloParams> = {
  'helo.pass': [
    { name: 'mx1.example.com', leadsTo: '192.0.2.10', sameOrganization: true, matchesMx: true },
    { name: 'mx1.example.com', leadsTo: null, sameOrganization: false, matchesMx: false },
  ],
  'helo.ip-literal': [{ literal: '[192.0.2.10]' }],
  'helo.localhost': [{ name: 'localhost', form: 'localhost' }, { name: 'mailserver', form: 'single-label' }],
  'helo.malformed': [
    { name: '', reason: { kind: 'empty' } },
    { name: '[not.an.ip]', reason: { kind: 'bracketed-not-address' } },
    { name: 'a.example.com', reason: { kind: 'too-long', length: 300, max: 253 } },
    { name: 'a..example.com', reason: { kind: 'empty-label' } },
    { name: 'bad_label.example.com', reason: { kind: 'bad-label', label: 'bad_label' } },
  ],
  'helo.unresolvable': [{ name: 'mx1.example.com', rcode: 'NXDOMAIN' }],
  'helo.invalid-tld': [{ name: 'mail.example.invalidtld', tld: 'invalidtld' }],
  'helo.ip-mismatch': [{ name: 'mx1.example.com', addresses: ['192.0.2.1', '192.0.2.2'], connectingIp: '198.51.100.7' }],
  'helo.foreign-domain': [
    { name: 'mail-a.google.com', organizationalDomain: 'google.com', senderDomain: 'example.com', senderOrganizationalDomain: 'example.com', owner: { kind: 'sender', basis: { organization: 'google.com', via: 'mx', name: 'aspmx.l.google.com' } } },
    { name: 'mail.example.com', organizationalDomain: 'example.com', senderDomain: 'example.com', senderOrganizationalDomain: 'example.com', owner: { kind: 'sender', basis: { organization: 'example.com', via: 'author', name: 'example.com' } } },
    { name: 'mail.otherdomain.com', organizationalDomain: 'otherdomain.com', senderDomain: 'example.com', senderOrganizationalDomain: 'example.com', owner: { kind: 'another-domain', organization: 'otherdomain.com', known: [{ organization: 'example.com', via: 'author', name: 'example.com' }, { organization: 'google.com', via: 'spf', name: '_spf.google.com' }] } },
    { name: 'mail.otherdomain.com', organizationalDomain: 'otherdomain.com', senderDomain: 'example.com', senderOrganizationalDomain: 'example.com', owner: { kind: 'not-checked', reason: { kind: 'not-looked-up' } } },
    { name: 'mail.otherdomain.com', organizationalDomain: 'otherdomain.com', senderDomain: 'example.com', senderOrganizationalDomain: 'example.com', owner: { kind: 'not-checked', reason: { kind: 'lookups-failed', problems: [failure, { kind: 'rcode', name: 'example.com', type: 'MX', rcode: 'SERVFAIL' }] } } },
  ],
  'helo.not-mx': [
    { name: 'out.example.com', mxDomains: ['example.com'], mxHosts: ['mx1.example.com', 'mx2.example.com'] },
    { name: 'out.example.com', mxDomains: ['eu.example.com', 'example.com'], mxHosts: [] },
  ],
  'helo.temperror': [
    { name: 'mx1.example.com', unchecked: [{ rule: 'resolves', problem: failure }, { rule: 'matchesMx', problem: { kind: 'rcode', name: 'example.com', type: 'MX', rcode: 'SERVFAIL' } }] },
    { name: 'mx1.example.com', unchecked: [] },
  ],
};
