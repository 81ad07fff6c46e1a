// English words of the ARC and forwarding findings (Zendesk recommendation 5) and of an ARC chain's result.
import type { ArcFailCode } from '../../auth/arc/types';
import type { ArcParams } from '../../report/params/arc';
import type { ForwardingSignKind } from '../../report/types';
import type { FixParams } from '../../report/params/fixes';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { lookupProblem } from './shared';

/** Why an ARC chain is broken (RFC 8617 §5.2), from its code. */
export function arcFailure(code: ArcFailCode): string {
  switch (code) {
    case 'malformed':
      return 'An ARC field\'s instance (i=) cannot be read';
    case 'instance-out-of-range':
      return 'An ARC instance is outside 1 to 50 (RFC 8617 §4.2.1)';
    case 'duplicate-instance':
      return 'Two ARC fields of the same kind carry the same instance (RFC 8617 §5.2)';
    case 'instance-gap':
      return 'An ARC instance is missing between the first and the last (RFC 8617 §5.2)';
    case 'incomplete-set':
      return 'An ARC set lacks its ARC-Seal, ARC-Message-Signature or ARC-Authentication-Results (RFC 8617 §5.2)';
    case 'cv-fail':
      return 'A forwarder recorded the chain as already broken when it got the message (cv=fail)';
    case 'first-cv-not-none':
      return 'The first ARC-Seal must say cv=none (RFC 8617 §5.2)';
    case 'cv-not-pass':
      return 'An ARC-Seal after the first does not say cv=pass (RFC 8617 §5.2)';
    case 'ams-invalid':
      return 'The newest ARC-Message-Signature does not verify: the message changed after the last forwarder sealed it';
    case 'seal-invalid':
      return 'An ARC-Seal does not verify: an ARC field of this or an earlier hop changed';
  }
}

/** The ARC chain's own summary (the Report's arc.summary). */
export function arcVerified(p: Pick<ArcParams['arc.pass'], 'instances' | 'oldestPass' | 'body'>, format: Format): string {
  return p.body === 'header-only'
    ? `The ARC seals and message-signature headers verify (instance ${p.oldestPass} is the oldest); the body could not be checked.`
    : `${format.plural(p.instances, { one: 'The ARC set verifies', other: `All ${format.number(p.instances)} ARC sets verify` })}; the oldest message signature that still verifies is instance ${p.oldestPass}.`;
}

/** A key of the chain could not be fetched (RFC 8617 §5.2, a temporary error). */
export function arcLookupFailed(p: ArcParams['arc.temperror'], format: Format): string {
  return `The key of ARC instance ${p.failedInstance} could not be fetched${p.problem ? ` (${lookupProblem(p.problem, format)})` : ''}`;
}

export const ARC_ABSENT = 'The message carries no ARC sets.';

export function arcSealingFix(p: FixParams['arc-sealing']): string {
  return `For whoever runs the forwarder${p.forwarder ? ` ${p.forwarder}` : ''}: add ARC sets (RFC 8617) to the mail it forwards, or forward without changing the message, so the receiver can trust the authentication it saw.`;
}

export const SIGN: Record<ForwardingSignKind, string> = {
  'arc-set': 'ARC sets',
  'resent-fields': 'Resent fields',
  'x-forwarded-to': 'an X-Forwarded-To field',
  'x-forwarded-for': 'an X-Forwarded-For field',
  'x-google-original-from': 'an X-Google-Original-From field',
  'recipient-domain-change': 'a recipient domain that changes along the hops',
  'list-headers': 'mailing-list fields',
  'other': 'other signs',
};

export const arc: FindingTextsOf<ArcParams> = {
  'arc.pass': (p, format) => {
    const sealers = p.sealers.map((sealer) => sealer ?? '?');
    return {
      title: `The ARC chain of ${format.count(p.instances, { one: 'instance', other: 'instances' })} verifies`,
      explanation: `${arcVerified(p, format)} Sealed by ${format.list(sealers)}.${p.vouches ? ' Its first forwarder saw the author\'s authentication pass.' : ' Its first forwarder did not record a passing authentication of the author.'}`,
    };
  },
  'arc.fail': (p) => ({
    title: 'The ARC chain is broken',
    explanation: `${arcFailure(p.code)}${p.failedInstance !== null ? ` (instance ${p.failedInstance})` : ''}. The forwarders' results cannot be relied on.`,
  }),
  'arc.none': () => ({
    title: 'The message was forwarded without ARC',
    explanation: 'Forwarding breaks SPF (the forwarder\'s IP is not in the author\'s record) and often DKIM. Without ARC sets, the receiver cannot see that the message was authentic before forwarding. Ask the forwarder to add ARC, or to forward without changing the message.',
  }),
  'arc.temperror': (p, format) => ({
    title: 'The ARC chain could not be checked now',
    explanation: `${arcLookupFailed(p, format)}: a DNS failure, not a verdict on the chain.`,
  }),
  'forwarding.detected': (p, format) => ({
    title: 'The message was forwarded',
    explanation: `An intermediary passed the message on, so the receiver's SPF check judged the forwarder's server, not the author's.${p.signs.length > 0 ? ` Signs: ${format.list(p.signs.map((sign) => SIGN[sign]))}.` : ''}${p.origin ? ` The original sender's server (${p.origin.ip ?? '?'}${p.origin.helo ? `, HELO ${p.origin.helo}` : ''}) is checked as well.` : ''} Forwarders should keep the DKIM signature intact and add ARC.`,
  }),
};
