// Findings about the paste itself and about who received the message (design notes, "Judgement":
// uncertainty is said, not hidden). A paste cut short gets "paste the whole header block" instead of a
// confident verdict on fields that may only be missing from the copy (headers.ts softens those); a
// message received by someone other than Zendesk says so, since the verdict is then how Zendesk would
// judge the same sending server. The findings are data; lib/i18n/<lang>/ say them in words.
import type { MessageModel } from '../../message/model';
import { organizationOf } from '../../path/organization-of';
import { headerEvidence } from '../evidence';
import { rfc } from '../recommendations';
import type { EdgeSummary, FindingData } from '../types';

// Zendesk support addresses and its mail hosts are in zendesk.com (support@yoursubdomain.zendesk.com).
const ZENDESK_ORGANIZATIONS = ['zendesk.com'];

export function inputFindings(model: MessageModel): FindingData[] {
  const sign = model.input.cutShort;
  if (!sign) return [];
  // The copy's first Received field shows a header block without its message fields; a cut through a
  // field leaves nothing to cite (its first lines were dropped as not being a field).
  const received = sign === 'no-message-fields' ? model.fields.find((field) => field.key === 'received') : undefined;
  return [{
    id: 'input.incomplete',
    severity: 'warn',
    params: { sign },
    evidence: received ? [headerEvidence(received)] : [],
    recommendation: rfc('RFC 5322 §2.1', 'whole-message'),
  }];
}

export function receiverFinding(edge: EdgeSummary | null, model: MessageModel): FindingData[] {
  if (!edge?.receiver) return [];
  const organization = organizationOf(edge.receiver);
  if (!organization || ZENDESK_ORGANIZATIONS.includes(organization)) return [];
  const hop = model.hops[edge.hopIndex];
  return [{
    id: 'receiver.not-zendesk',
    severity: 'info',
    params: { receiver: edge.receiver, organization },
    evidence: hop ? [{ kind: 'header', field: 'Received', line: hop.line, text: hop.raw }] : [],
    recommendation: rfc('RFC 5321 §4.4', 'received-fields'),
  }];
}
