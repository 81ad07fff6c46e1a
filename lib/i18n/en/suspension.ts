// English words of the suspension findings (Zendesk's suspension causes that headers can show).
import type { SuspensionParams } from '../../report/params/suspension';
import type { FindingTextsOf } from '../catalog';

export const suspension: FindingTextsOf<SuspensionParams> = {
  'auto.reply': (p) => ({
    title: 'This is an automatic message',
    explanation: `${p.sign === 'null-reverse-path' ? 'Its reverse-path is empty ("<>"), which RFC 5321 §4.5.5 reserves for automatic notifications.' : 'Its headers mark it as automatically generated or an automatic reply (RFC 3834).'} Zendesk suspends automated response mail so that auto-replies do not open tickets or loop.`,
  }),
  'auto.bounce': () => ({
    title: 'This is a bounce (delivery failure notice)',
    explanation: 'A mail server reported that an earlier message could not be delivered. Zendesk suspends delivery failures instead of making them tickets.',
  }),
  'system.sender': (p) => ({
    title: `The sender is a system address (${p.address})`,
    explanation: 'mailer-daemon and postmaster are mail-system accounts, not people. Zendesk suspends mail from system users.',
  }),
  'recipient.noreply': (p) => ({
    title: `The message is addressed to a noreply address (${p.address})`,
    explanation: 'Zendesk suspends mail sent to a noreply address: it is usually an automatic answer to a notification.',
  }),
  'auto.out-of-office': (p) => ({
    title: 'This is an out-of-office reply',
    explanation: `The subject "${p.subject}" and the automatic-reply headers mark an out-of-office notice. Zendesk suspends out-of-office replies.`,
  }),
  'spam.flagged': () => ({
    title: 'The receiving side flagged the message as spam',
    explanation: 'A spam filter on the receiving side marked this message as spam. Zendesk suspends mail detected as spam.',
  }),
  'mail.loop': (p, format) => ({
    title: `The message passed through ${format.number(p.received)} servers: a mail loop`,
    explanation: `It carries ${format.number(p.received)} Received fields, more than ${format.number(p.limit)}. Forwarding rules that send the message back and forth add a Received field each time. Zendesk suspends looping mail.`,
  }),
};
