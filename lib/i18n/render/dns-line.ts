// The one-line DNS summary that closes the CLI's report and the note for the ticket.
import { catalogFor } from './index';
import type { OutputTexts } from '../output';
import type { DnsSummary } from '../../report/types';

export function dnsSummaryLine(dns: DnsSummary, words: OutputTexts): string {
  // Offline, the mode says it all: the resolver's label and a count of zero queries would only repeat it.
  if (dns.mode === 'offline') return words.note.dnsOffline;
  // A zone file's label is the mode's own name (in English, as the Report keeps it).
  const label = dns.resolver === catalogFor('en').output.dnsMode[dns.mode] ? null : dns.resolver;
  return words.dnsLine(words.dnsMode[dns.mode], label, dns.queries.length, dns.failedCount);
}
