// The SPF evaluation's trace in English: each term's reason, each record's stop, the `mailtrust spf` output.
import type { SpfMacroError, SpfNameProblem, SpfStop, SpfSyntaxError, SpfTermWhy, SpfVoidLookup } from '../../auth/spf/types';
import type { Format } from '../format';
import type { SpfTraceTexts } from '../spf-trace';
import type { LookupProblem } from '../../dns/types';
import { dnsFailure } from './dns-failure';
import { spfCause } from './spf';

function nameProblem(p: SpfNameProblem): string {
  switch (p.kind) {
    case 'address-literal':
      return `"${p.name}" is an address literal, not a domain name`;
    case 'not-visible-ascii':
      return `"${p.name}" contains characters that are not visible ASCII`;
    case 'numeric':
      return `"${p.name}" is an IP address or ends in an all-numeric label, not a domain name`;
    case 'empty':
      return 'the domain is empty';
    case 'single-label':
      return `"${p.name}" is not a fully qualified domain name (a single label)`;
    case 'empty-label':
      return `"${p.name}" has an empty label`;
    case 'too-long':
      return `"${p.name}" is longer than ${p.max} characters`;
    case 'label-too-long':
      return `"${p.name}" has a label longer than ${p.max} characters`;
  }
}

/** "A lookup of x.example failed: timeout after 3 s", "A lookup of x.example returned SERVFAIL". */
function lookupFailed(p: LookupProblem, format: Format): string {
  return `${p.type} lookup of ${p.name} ${p.kind === 'rcode' ? `returned ${p.rcode}` : `failed: ${dnsFailure.failure(p, format)}`}`;
}

function voidLookup(p: SpfVoidLookup): string {
  return p.rcode === 'NXDOMAIN' ? `${p.name} does not exist (NXDOMAIN)` : `${p.name} has no ${p.type} record`;
}

function macroError(p: SpfMacroError): string {
  switch (p.kind) {
    case 'character':
      return `character ${p.char} is not allowed in a macro-string (RFC 7208 §7.1)`;
    case 'bare-percent':
      return `"%" must be followed by "{", "%", "_" or "-" (RFC 7208 §7.1) in "${p.source}"`;
    case 'unterminated':
      return `unterminated macro in "${p.source}" (RFC 7208 §7.1)`;
    case 'letter-not-allowed':
      return `macro "%{${p.macro}}" is not allowed in ${p.use === 'explain-string' ? 'explanation text' : 'a domain-spec'} (RFC 7208 §7.2)`;
    case 'delimiter':
      return `macro "%{${p.macro}}" has an invalid delimiter (RFC 7208 §7.1)`;
    case 'zero-parts':
      return `macro "%{${p.macro}}" keeps zero parts (RFC 7208 §7.3)`;
  }
}

function syntaxError(p: SpfSyntaxError): string {
  switch (p.kind) {
    case 'no-version':
      return 'the record does not start with "v=spf1"';
    case 'duplicate-modifier':
      return `"${p.name}=" appears more than once (RFC 7208 §6)`;
    case 'unknown-mechanism':
      return `unknown mechanism "${p.term}" (RFC 7208 §5)`;
    case 'all-argument':
      return `"${p.term}": "all" takes no argument (RFC 7208 §5.1)`;
    case 'needs-domain':
      return `"${p.term}": "${p.mechanism}" needs ":" and a domain (RFC 7208 §5.2, §5.7)`;
    case 'ptr-cidr':
      return `"${p.term}": "ptr" takes no CIDR length (RFC 7208 §5.5)`;
    case 'address-mechanism':
      return `"${p.term}": invalid "${p.mechanism}" mechanism, expected ":" domain-spec and/or "/" ip4-cidr "//" ip6-cidr (RFC 7208 §5.3, §5.4)`;
    case 'cidr-length':
      return `"${p.term}": invalid CIDR length (RFC 7208 §5.6)`;
    case 'network':
      return `"${p.term}": not a valid ${p.mechanism} network (RFC 7208 §5.6)`;
    case 'empty-domain-spec':
      return `"${p.term}": the domain-spec is empty (RFC 7208 §7.1)`;
    case 'top-label':
      return `"${p.term}": "${p.spec}" does not end in a valid top-level label (RFC 7208 §7.1)`;
    case 'macro':
      return p.modifier ? `modifier "${p.term}": ${macroError(p.error)}` : `"${p.term}": ${macroError(p.error)}`;
  }
}

function term(p: SpfTermWhy, format: Format): string {
  switch (p.kind) {
    case 'all':
      return '"all" always matches';
    case 'network':
      return p.inside ? 'the client IP is inside this network' : 'the client IP is outside this network';
    case 'addresses':
      return `${p.type} ${p.target}: ${format.count(p.count, { one: 'address', other: 'addresses' })}, ${p.matched ? 'one is' : 'none is'} within /${p.prefix} of the client IP`;
    case 'mx-host':
      return `MX host ${p.exchange} has an address within /${p.prefix} of the client IP`;
    case 'mx-hosts':
      return `no address of the ${format.count(p.hosts, { one: 'MX host', other: 'MX hosts' })} of ${p.target} is within /${p.prefix} of the client IP`;
    case 'too-many-mx':
      return `${p.target} has ${format.number(p.count)} MX records; at most ${p.max} may be looked up (RFC 7208 §4.6.4)`;
    case 'ptr-name':
      return `validated name ${p.name} is within ${p.target}`;
    case 'ptr-names':
      return `${p.names.length > 0 ? `validated names: ${p.names.join(', ')}` : 'no PTR name of the client IP resolves back to it'}; none is within ${p.target}`;
    case 'ptr-lookup-failed':
      return `${lookupFailed(p.problem, format)}; ptr does not match`;
    case 'exists':
      return `A ${p.target} exists`;
    case 'evaluated':
      if (p.via === 'redirect') return `evaluated the record of ${p.target}: ${p.result}`;
      if (p.result === 'pass' || p.result === 'temperror' || p.result === 'permerror') return `the record of ${p.target} gives ${p.result}`;
      return `the record of ${p.target} gives ${p.result}, so include does not match`;
    case 'no-usable-record':
      return p.via === 'include'
        ? `${p.target} has no usable SPF record (${stop(p.stop, format)}); RFC 7208 §5.2 makes this a permerror`
        : `the redirect target has no usable SPF record (${stop(p.stop, format)}); RFC 7208 §6.1 makes this a permerror`;
    case 'void':
      return voidLookup(p.lookup);
    case 'void-limit':
      return `${voidLookup(p.lookup)}; more than ${p.max} void lookups (RFC 7208 §4.6.4)`;
    case 'lookup-failed':
      return lookupFailed(p.problem, format);
    case 'term-limit':
      return `more than ${p.max} DNS-querying terms (RFC 7208 §4.6.4)`;
    case 'time-limit':
      return `the check took longer than its time limit of ${format.number(p.seconds)} s (RFC 7208 §4.6.4)`;
    case 'unusable-target':
      return `${nameProblem(p.problem)}; no DNS query is possible, so no match`;
  }
}

function stop(p: SpfStop, format: Format): string {
  switch (p.kind) {
    // The same facts as the result's cause, in the same words (spf.ts).
    case 'invalid-ip':
    case 'nxdomain':
    case 'no-record':
    case 'multiple-records':
      return spfCause(p, format);
    case 'invalid-domain':
      return p.identity ? `${p.identity === 'helo' ? 'HELO name' : 'sender domain'}: ${nameProblem(p.problem)}` : nameProblem(p.problem);
    case 'lookup':
      return lookupFailed(p.problem, format);
    case 'syntax':
      return `${syntaxError(p.error)} (in the record of ${p.domain})`;
    case 'term':
      return `${p.term} (in the record of ${p.domain}): ${term(p.why, format)}`;
    case 'default-neutral':
      return 'no mechanism matched; the default result is neutral (RFC 7208 §4.7)';
  }
}

export const spfTrace: SpfTraceTexts = {
  term,
  stop,
  outcome: { match: 'match', 'no-match': 'no match', permerror: 'permerror', temperror: 'temperror' },
  command: {
    heading: (result, sender, ip) => `SPF ${result} for ${sender} from ${ip}`,
    matched: (termText, domain) => `matched: ${termText} (in the record of ${domain})`,
    matchedNothing: 'matched: nothing; the default result is neutral',
    reason: (reason) => `reason: ${reason}`,
    explanation: (text) => `explanation: ${text}`,
    counts: (p, format) => `DNS-querying terms: ${format.number(p.lookups)} of ${format.number(p.maxLookups)}, void lookups: ${format.number(p.voidLookups)} of ${format.number(p.maxVoid)}`,
    trace: 'trace:',
    noRecord: '(no SPF record)',
  },
};
