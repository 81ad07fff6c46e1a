import type { PtrParams } from '../../../lib/report/params/ptr';
import type { FindingSamples } from './types';

const sender = { senderDomain: 'news.example.com', senderOrganizationalDomain: 'example.com' };

export const ptr: FindingSamples<PtrParams> = {
  'ptr.pass': [{ ip: '192.0.2.10', names: ['mail.example.com'] }, { ip: '192.0.2.10', names: ['mail.example.com', 'smtp.example.com'] }],
  'ptr.missing': [
    { ip: '192.0.2.10', cause: 'no-ptr', reverseName: '10.2.0.192.in-addr.arpa', rcode: 'NXDOMAIN' },
    { ip: 'unknown-host', cause: 'invalid-ip' },
  ],
  'ptr.generic': [
    { name: '4-3-2-1-cable-subscribers.isp.example', signals: [{ kind: 'ip-digits', order: 'reversed', separator: '-', matched: '4-3-2-1' }, { kind: 'isp-word', word: 'cable', label: 'cable-subscribers' }] },
    { name: 'c0000201.dyn.isp.example', signals: [{ kind: 'ip-hex', matched: 'c0000201' }] },
  ],
  'ptr.unconfirmed': [{ ip: '192.0.2.10', names: ['mail.example.com'] }, { ip: '192.0.2.10', names: ['mail.example.com', 'mx.example.net'] }],
  'ptr.foreign-domain': [
    { ip: '209.85.220.41', names: ['mail-sor-f41.google.com'], ...sender, owner: { kind: 'sender', basis: { organization: 'google.com', via: 'spf', name: '_spf.google.com' } } },
    { ip: '192.0.2.10', names: ['mail.example.com'], ...sender, owner: { kind: 'sender', basis: { organization: 'example.com', via: 'author', name: 'example.com' } } },
    { ip: '192.0.2.10', names: ['mail.otherdomain.com'], ...sender, owner: { kind: 'another-domain', organization: 'otherdomain.com', known: [{ organization: 'example.com', via: 'author', name: 'example.com' }] } },
    { ip: '192.0.2.10', names: ['mail.otherdomain.com'], ...sender, owner: { kind: 'not-checked', reason: { kind: 'not-looked-up' } } },
    { ip: '192.0.2.10', names: ['mail.otherdomain.com'], ...sender, owner: { kind: 'not-checked', reason: { kind: 'lookups-failed', problems: [{ kind: 'rcode', name: 'example.com', type: 'MX', rcode: 'SERVFAIL' }] } } },
  ],
  'ptr.temperror': [
    { ip: '192.0.2.10', problem: { kind: 'failure', name: '10.2.0.192.in-addr.arpa', type: 'PTR', reason: 'timeout', timeoutMs: 3000, ms: 3000 } },
    { ip: '192.0.2.10', problem: { kind: 'rcode', name: 'mail.example.com', type: 'A', rcode: 'SERVFAIL' } },
  ],
};
