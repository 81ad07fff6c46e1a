// English words of what the receiver recorded on arrival, then and now: the receiver.* and drift.auth
// findings, Microsoft's compauth, and one compared method of then-and-now (verdict.today, ThenAndNow).
import type { Compauth, CompauthMeaning } from '../../report/compauth';
import type { ReceiverParams } from '../../report/params/receiver';
import type { DriftReason, ThenAndNow } from '../../report/types';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';

const COMPAUTH: Record<CompauthMeaning, string> = {
  'explicit-fail': 'the message failed explicit authentication: the sender\'s DMARC policy is quarantine or reject',
  'implicit-fail': 'the message failed implicit authentication: the sender has no DMARC policy that passes, and Microsoft\'s own signals did not vouch for it',
  'blocked-pair': 'the organization blocks this sender and domain pair (spoofing)',
  'explicit-fail-accepted-domain': 'the message failed DMARC under quarantine or reject, and the sender\'s domain is one of the organization\'s own accepted domains',
  'pass': 'the message passed composite authentication',
  'soft-pass': 'the message soft-passed implicit authentication',
  'not-checked': 'the message was not checked for composite authentication',
  'bypassed': 'the message bypassed composite authentication',
  'implicit-fail-accepted-domain': 'the message failed implicit authentication, and the sender\'s domain is one of the organization\'s own accepted domains',
};

/** "Microsoft's composite authentication: compauth=softpass reason 202: the message soft-passed implicit authentication." */
function compauth(value: Compauth): string {
  return `Microsoft's composite authentication: compauth=${value.result}${value.reason ? ` reason ${value.reason}` : ''}${value.meaning ? `: ${COMPAUTH[value.meaning]}` : ''}.`;
}

/** Why the receiver's word was believed, and what its compauth said, after the explanation. */
function recordedNotes(p: ReceiverParams['receiver.authenticated'], format: Format): string {
  const notes = [
    ...(p.exchangeOnlineMarks ? [`Written by Exchange Online (no authserv-id): trusted because it sits above the Received field where Exchange Online took the message in, and the message carries its marks: ${format.list(p.exchangeOnlineMarks)}.`] : []),
    ...(p.compauth ? [compauth(p.compauth)] : []),
  ];
  return notes.map((note) => ` ${note}`).join('');
}

/** One method compared then and now: "The receiver saw dkim=pass; the re-check now gives permerror. ..." */
export function drift(row: Pick<ThenAndNow, 'method'> & { then: string; now: string; reason: DriftReason | null }): string {
  const head = `The receiver saw ${row.method}=${row.then.toLowerCase()}; the re-check now gives ${row.now.toLowerCase()}.`;
  switch (row.reason) {
    case null:
      return head;
    case 'key-rotated':
      return `${head} The DKIM key is no longer published: rotated since the message arrived? Old mail failing now is expected after a key rotation.`;
    case 'body-altered':
      return `${head} The body no longer matches the signature: it was altered after the receiver checked it (a forwarder, a list footer, or the copy pasted here).`;
    case 'record-changed':
      return `${head} The DNS record was probably changed since the message was received.`;
    case 'dns-unavailable-now':
      return `${head} DNS could not be queried now, so the receiver's result cannot be confirmed.`;
    case 'different-ip-evaluated':
      return `${head} A different hop was evaluated than the one the receiver checked.`;
    case 'unknown':
      return `${head} The difference follows from the other results that changed.`;
  }
}

export const receiver: FindingTextsOf<ReceiverParams> = {
  'drift.auth': (p) => ({
    title: `${p.method.toUpperCase()}${p.domain ? ` (${p.domain})` : ''}: the receiver saw ${p.then}, the re-check gives ${p.now}`,
    explanation: drift(p),
  }),
  'receiver.authenticated': (p, format) => ({
    title: `${p.authservId ?? 'the receiver'} recorded ${p.method}=pass when the message arrived`,
    explanation: `The receiver's own Authentication-Results say the sender was authenticated. Nothing was re-checked now, so this rests on the receiver's word alone.${recordedNotes(p, format)}`,
  }),
  'receiver.auth-failed': (p, format) => {
    const enforced = p.policy === 'quarantine' || p.policy === 'reject';
    const policy = p.policy
      ? `The domain's policy, as the receiver recorded it, is p=${p.policy}${enforced ? '' : ': monitoring only'}.`
      : 'The receiver did not record the domain\'s policy, so MailTrust cannot say whether it asks for quarantine or reject.';
    return {
      title: `${p.authservId ?? 'the receiver'} recorded ${p.method}=${p.result} when the message arrived`,
      explanation: `The receiver's own Authentication-Results say the sender failed authentication${p.reason ? ` (${p.reason})` : ''}. ${policy} Mail that fails the sender's DMARC check looks like impersonation.${recordedNotes(p, format)}`,
    };
  },
  'receiver.not-zendesk': (p) => ({
    title: `Received by ${p.receiver}, not by Zendesk`,
    explanation: `The server that took this message in is ${p.receiver} (${p.organization}), not Zendesk. The verdict is how Zendesk would judge the same sending server, with the same records, if the message were sent to Zendesk.`,
  }),
};
