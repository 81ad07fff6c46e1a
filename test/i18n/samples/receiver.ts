import type { ReceiverParams } from '../../../lib/report/params/receiver';
import type { FindingSamples } from './types';

const plain = { authservId: 'mx.example.com', method: 'dmarc', exchangeOnlineMarks: null, compauth: null };
const exchange = {
  authservId: null,
  method: 'compauth',
  exchangeOnlineMarks: ['X-MS-Exchange-Organization-AuthAs', 'X-Forefront-Antispam-Report'],
  compauth: { result: 'fail', reason: '001', meaning: 'implicit-fail' as const },
};

export const receiver: FindingSamples<ReceiverParams> = {
  'drift.auth': [
    { method: 'dkim', domain: 'example.com', then: 'pass', now: 'permerror', reason: 'key-rotated' },
    { method: 'dkim', domain: 'example.com', then: 'pass', now: 'fail', reason: 'body-altered' },
    { method: 'spf', domain: null, then: 'fail', now: 'pass', reason: 'record-changed' },
    { method: 'dmarc', domain: 'example.com', then: 'pass', now: 'temperror', reason: 'dns-unavailable-now' },
    { method: 'spf', domain: null, then: 'pass', now: 'fail', reason: 'different-ip-evaluated' },
    { method: 'arc', domain: null, then: 'pass', now: 'fail', reason: 'unknown' },
    { method: 'iprev', domain: null, then: 'pass', now: 'fail', reason: null },
  ],
  'receiver.authenticated': [plain, { ...exchange, compauth: { result: 'pass', reason: '100', meaning: 'pass' } }],
  'receiver.auth-failed': [
    { ...plain, result: 'fail', reason: null, policy: 'reject' },
    { ...plain, result: 'fail', reason: 'smtp.mailfrom=example.com', policy: 'none' },
    { ...exchange, result: 'fail', reason: '001', policy: null },
    ...(['explicit-fail', 'blocked-pair', 'explicit-fail-accepted-domain', 'soft-pass', 'not-checked', 'bypassed', 'implicit-fail-accepted-domain'] as const).map((meaning) => ({
      ...exchange, compauth: { result: 'fail', reason: '000', meaning }, result: 'fail', reason: null, policy: null,
    })),
    { ...exchange, compauth: { result: 'other', reason: null, meaning: null }, result: 'fail', reason: null, policy: 'quarantine' as const },
  ],
  'receiver.not-zendesk': [{ receiver: 'mx.google.com', organization: 'google.com' }],
};
