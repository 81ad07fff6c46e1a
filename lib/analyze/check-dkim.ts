// DKIM signatures (Zendesk recommendation 4, RFC 6376), each judged for alignment with the From domain
// (RFC 7489 §3.1.1) under the DMARC record's adkim= once DMARC has found it.
import { isAligned } from '../auth/dmarc/check-alignment';
import { MAX_DKIM_SIGNATURES, verifyDkim } from '../auth/dkim/verify-dkim';
import { dkimFindings } from '../report/findings/dkim';
import type { DkimEntry, NotChecked } from '../report/types';
import { notChecked, PENDING, settled, type MessageCheckModule } from './check-module';
import type { StaticPart } from './read-static';
import { splitOf } from './message-split';

export const dkimCheck: MessageCheckModule<'dkim'> = {
  name: 'dkim',
  scope: 'message',
  initial: (part, offline) => (offline ? dkimNotChecked(part, notChecked({ reason: 'offline' })) : PENDING),
  async run(part, { resolver, now }) {
    // RFC 6376 §6.1.1: t= and x= are judged against the time the verifier received the message.
    const results = await verifyDkim(splitOf(part), { resolver, now: receiptTime(part) ?? now });
    const beyondLimit = dkimNotChecked(part, notChecked({ reason: 'limit', limit: MAX_DKIM_SIGNATURES })).slice(results.length);
    return [...results.map((result) => ({ ...result, aligned: dkimAligned(result.d, part.fromDomain, 'relaxed') })), ...beyondLimit];
  },
  findings: (entries, context) => (Array.isArray(entries) ? dkimFindings(entries, context) : []),
  timedOut: (part, timedOut) => dkimNotChecked(part, timedOut),
  present(slot, state, part) {
    if (!Array.isArray(slot)) return slot;
    // RFC 7489 §3.1.1: alignment under the record's adkim= (relaxed unless it says strict).
    const dmarc = settled(state.checks.dmarc);
    if (!dmarc || dmarc.result === 'not-checked' || !('found' in dmarc) || !dmarc.found) return slot;
    const adkim = dmarc.found.record.adkim;
    return slot.map((entry) => (entry.result === 'not-checked' ? entry : { ...entry, aligned: dkimAligned(entry.d, part.fromDomain, adkim) }));
  },
};

/** One "not checked" entry per DKIM-Signature field, with its d= and s= read from the field. */
export function dkimNotChecked(part: StaticPart, why: NotChecked): DkimEntry[] {
  return part.model.fields
    .filter((field) => field.key === 'dkim-signature')
    .map((field) => ({
      ...why,
      d: tagOf(field.value, 'd'),
      s: tagOf(field.value, 's'),
      field: { raw: field.raw, line: field.line },
    }));
}

function tagOf(value: string, tag: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${tag}\\s*=\\s*([^;\\s]+)`).exec(value.replace(/\r\n/g, ''));
  return match?.[1]?.toLowerCase() ?? null;
}

function receiptTime(part: StaticPart): Date | null {
  const edge = part.path.edge;
  const date = edge ? part.path.hops[edge.hopIndex]?.date : null;
  return date ? new Date(date) : null;
}

export function dkimAligned(d: string | null, fromDomain: string | null, mode: 'relaxed' | 'strict'): boolean | null {
  if (!d || !fromDomain) return null;
  return isAligned(d, fromDomain, mode);
}
