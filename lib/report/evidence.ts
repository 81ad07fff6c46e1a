// Evidence values: a header field as received, a DNS answer as it came back. Findings cite these so a
// reader can check every claim against the message and the DNS.
import { failureFacts, type DnsRecord, type DnsResult } from '../dns/types';
import type { Evidence } from './types';

// A finding cites a field or a record, it does not copy it whole: a 26 KB From cited by every one of its
// invalid members made output quadratic in the input. The message's own fields stay whole in the Report.
export const MAX_EVIDENCE_CHARS = 2000;

/** The first MAX_EVIDENCE_CHARS characters, and how many were left out. */
export function excerpt(text: string, max = MAX_EVIDENCE_CHARS): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… [${(text.length - max).toLocaleString('en-US')} more characters]`;
}

export function headerEvidence(field: { name: string; line: number; raw: string }): Evidence {
  return { kind: 'header', field: field.name, line: field.line, text: excerpt(field.raw) };
}

export function dnsEvidence(result: DnsResult): Evidence {
  if (result.kind === 'failure') {
    // The failure's words are the catalog's: renderFinding fills `message` (wordEvidence), as it words a trace line.
    return { kind: 'dns', name: result.name, type: result.type, rcode: null, failure: { ...failureFacts(result), message: '' }, answers: [], ad: false, ms: result.ms };
  }
  return { kind: 'dns', name: result.name, type: result.type, rcode: result.rcode, failure: null, answers: result.answers.map((record) => excerpt(renderRecord(record))), ad: result.ad, ms: result.ms };
}

/** A record as one line of text, the way a zone file or dig would show its data. */
export function renderRecord(record: DnsRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return record.address;
    case 'MX':
      // The root's empty name is written "." (RFC 7505's null MX is "0 .").
      return `${record.preference} ${record.exchange === '' ? '.' : record.exchange}`;
    case 'TXT':
      return record.strings.join('');
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return record.name;
    case 'SOA':
      return `${record.mname} ${record.rname} ${record.minimum}`;
  }
}

export function note(text: string): Evidence {
  return { kind: 'note', text };
}
