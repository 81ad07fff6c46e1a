import type { MxParams } from '../../../lib/report/params/mx';
import type { FindingSamples } from './types';

export const mx: FindingSamples<MxParams> = {
  'mx.pass': [
    { domain: 'example.com', hosts: ['mx1.example.com'] },
    { domain: 'example.com', hosts: ['mx1.example.com', 'mx2.example.com'] },
  ],
  'mx.null': [{ domain: 'noreply.example.com' }],
  'mx.none': [
    { domain: 'example.com', addresses: ['192.0.2.25', '2001:db8::25'] },
    { domain: 'example.com', addresses: [] },
  ],
  'mx.unresolvable': [
    { domain: 'example.com', unresolvable: ['old-mx.example.com'], resolving: ['mx1.example.com'] },
    { domain: 'example.com', unresolvable: ['gone.example.com'], resolving: [] },
    { domain: 'example.com', unresolvable: ['gone1.example.com', 'gone2.example.com'], resolving: [] },
  ],
  'mx.temperror': [
    { domain: 'example.com', problems: [{ kind: 'failure', name: 'example.com', type: 'MX', reason: 'timeout', timeoutMs: 3000, ms: 3000 }] },
    { domain: 'example.com', problems: [{ kind: 'rcode', name: 'mx1.example.com', type: 'A', rcode: 'SERVFAIL' }, { kind: 'failure', name: 'mx2.example.com', type: 'AAAA', reason: 'network', code: 'ECONNRESET', ms: 12 }] },
  ],
};
