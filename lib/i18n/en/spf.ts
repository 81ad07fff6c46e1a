// English words of the SPF findings (Zendesk recommendations 3 and 4), of an SPF check's causes and of the SPF fix.
import type { SpfCause } from '../../auth/spf/types';
import type { FixParams } from '../../report/params/fixes';
import type { SpfBeside, SpfParams } from '../../report/params/spf';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { lookupProblem } from './shared';

/** Why an SPF check ended in none, permerror or temperror (RFC 7208 §4). */
export function spfCause(cause: SpfCause, format: Format): string {
  switch (cause.kind) {
    case 'invalid-ip':
      return `"${cause.ip}" is not an IPv4 or IPv6 address, so there is no client to authorize`;
    case 'invalid-domain':
      return `"${cause.domain}" is not a valid domain name, so there is no record to look up`;
    case 'nxdomain':
      return `${cause.domain} does not exist (NXDOMAIN)`;
    case 'no-record':
      return `${cause.domain} publishes no SPF record (no TXT record starts with "v=spf1")`;
    case 'multiple-records':
      return `${cause.domain} publishes ${format.number(cause.count)} SPF records; exactly one is allowed (RFC 7208 §4.5)`;
    case 'lookup':
      return `The SPF record could not be looked up (${lookupProblem(cause.problem, format)})`;
    case 'syntax':
      return `The SPF record of ${cause.domain} does not parse (RFC 7208 §4.6); the trace shows where`;
    case 'term':
      return cause.outcome === 'permerror'
        ? `The term ${cause.term} in the record of ${cause.domain} cannot be evaluated; the trace shows why`
        : `The term ${cause.term} in the record of ${cause.domain} could not be evaluated now; the trace shows why`;
  }
}

/** RFC 7208 §6.2: the explanation of a fail when the domain gives none (exp=). */
export function spfDefaultExplanation(ip: string, domain: string): string {
  return `${ip} is not one of the mail servers designated by ${domain}`;
}

/** The sentences that follow an explanation: a forwarded edge, a MAIL FROM taken from the From field. */
function after(p: { forwardedEdge: boolean; guessedSender: string | null }): string {
  return [
    ...(p.forwardedEdge ? [' The message was forwarded, so this judged the forwarder\'s IP against the author\'s record: expected, and why forwarders should add ARC.'] : []),
    ...(p.guessedSender ? [` No Return-Path field: the MAIL FROM is unknown, so ${p.guessedSender} (from the From field) was checked instead.`] : []),
  ].join('');
}

/** Beside a softfail or neutral: DMARC carried by DKIM makes it information. */
function carried(beside: SpfBeside): string {
  return beside === 'dmarc-passed-by-dkim' ? ' DMARC passed through an aligned DKIM signature, so this does not lower trust; listing the server in the record still helps receivers that look at SPF alone.' : '';
}

/** Beside a hard fail (design notes, "Judgement"): it stays low trust even when DKIM carried DMARC. */
function softened(beside: SpfBeside): string {
  switch (beside) {
    case 'dmarc-passed-by-dkim':
      return ' DMARC passed because DKIM carried it (an aligned signature verified), but the article names a failed SPF check among the reasons not to trust mail: authorise this server in the record.';
    case 'aligned-dkim-pass':
      return ' A DKIM signature aligned with the From domain passed, so DMARC can still pass.';
    case 'nothing':
      return '';
  }
}

export const spf: FindingTextsOf<SpfParams> = {
  'spf.pass': (p) => ({ title: `SPF passes: ${p.domain} authorises ${p.ip}`, explanation: `The record of ${p.match.domain} matched "${p.match.term}".${after(p)}` }),
  'spf.fail': (p) => ({
    // No "SPF fails:" of its own: the verdict's reason puts this title after "SPF fails and no aligned DKIM
    // signature passes:" (issue 16), and the badge says fail.
    title: `${p.domain} does not authorise ${p.ip} in its SPF record`,
    // RFC 7208 §6.2: the domain's own explanation (exp=) is shown as the domain wrote it.
    explanation: `The record of ${p.match.domain} ends in "${p.match.term}", so mail from ${p.ip} is not allowed (${p.explanation ?? spfDefaultExplanation(p.ip, p.domain)}). Zendesk does not trust mail that fails SPF.${softened(p.beside)}${after(p)}`,
  }),
  'spf.softfail': (p) => ({
    title: `The SPF record of ${p.domain} does not quite authorise ${p.ip} (softfail)`,
    explanation: `The record matched "${p.match.term}": the domain says ${p.ip} is probably not its server.${carried(p.beside)}${after(p)}`,
  }),
  'spf.neutral': (p) => ({
    title: `SPF neutral for ${p.ip} for ${p.domain}`,
    explanation: `The record ${p.match ? `matched "${p.match.term}"` : 'had no matching mechanism'}: it says nothing about ${p.ip}, which receivers treat like no SPF.${carried(p.beside)}${after(p)}`,
  }),
  'spf.none': (p, format) => ({
    title: `${p.domain} publishes no SPF record`,
    explanation: `${spfCause(p.cause, format)}. The article asks every sending domain for an SPF record that authorises its servers.${after(p)}`,
  }),
  'spf.permerror': (p, format) => ({
    title: `The SPF record of ${p.domain} is broken`,
    explanation: `${spfCause(p.cause, format)} (RFC 7208 permerror: receivers treat it as a failure to authenticate).${after(p)}`,
  }),
  'spf.temperror': (p, format) => ({
    title: `SPF for ${p.domain} could not be checked now`,
    explanation: `${spfCause(p.cause, format)}: a DNS failure, not a verdict on the sender. Try again later.${after(p)}`,
  }),
};

export function spfFix(p: FixParams['spf-record']): string {
  return p.replaces
    ? `Replace the SPF record of ${p.domain} with this one (the current record with ${p.ip} added), or add your provider's include: instead if it sends for you.`
    : `Publish this TXT record at ${p.domain}, listing every server that sends its mail.`;
}
