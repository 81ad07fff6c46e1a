import type { IdentityParams } from '../../../lib/report/params/identity';
import type { FindingSamples } from './types';

export const identity: FindingSamples<IdentityParams> = {
  'identity.mismatch': [
    { from: 'bank.example', signs: [{ kind: 'reply-to', domain: 'another-domain.example' }] },
    { from: 'bank.example', signs: [{ kind: 'envelope', returnPath: 'bounce.other.example', dkimDomains: ['signer.example'] }] },
    { from: 'bank.example', signs: [{ kind: 'envelope', returnPath: 'bounce.other.example', dkimDomains: [] }] },
    {
      from: 'bank.example',
      signs: [
        { kind: 'reply-to', domain: 'another-domain.example' },
        { kind: 'envelope', returnPath: 'bounce.other.example', dkimDomains: ['a.example', 'b.example'] },
      ],
    },
    { from: 'lists.example', signs: [{ kind: 'list-reply', domain: 'author.example', list: 'dev.lists.example', repliesTo: 'author' }] },
    {
      from: 'author.example',
      signs: [
        { kind: 'list-reply', domain: 'lists.example', list: 'dev.lists.example', repliesTo: 'list' },
        { kind: 'reply-to', domain: 'another-domain.example' },
      ],
    },
  ],
};
