import type { SuspensionParams } from '../../../lib/report/params/suspension';
import type { FindingSamples } from './types';

export const suspension: FindingSamples<SuspensionParams> = {
  'auto.reply': [{ sign: 'auto-headers' }, { sign: 'null-reverse-path' }],
  'auto.bounce': [{}],
  'system.sender': [{ address: 'mailer-daemon@example.com' }],
  'recipient.noreply': [{ address: 'noreply@example.com' }],
  'auto.out-of-office': [{ subject: 'Out of office: back on Monday' }],
  'spam.flagged': [{}],
  'mail.loop': [{ received: 1234, limit: 30 }],
};
