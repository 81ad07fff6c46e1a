// The one-line DNS summary that closes the CLI's report and the note for the ticket.
import type { OutputTexts } from '../output';
import type { DnsSummary } from '../../report/types';

export function dnsSummaryLine(dns: DnsSummary, words: OutputTexts): string {
  // Offline, the mode says it all: the resolver's label and a count of zero queries would only repeat it.
  if (dns.mode === 'offline') return words.note.dnsOffline;
  // Only a DoH resolver's label (its URL) says more than the mode; a zone file's label is the mode's name.
  return words.dnsLine(words.dnsMode[dns.mode], dns.mode === 'doh' ? dns.resolver : null, dns.queries.length, dns.failedCount);
}
