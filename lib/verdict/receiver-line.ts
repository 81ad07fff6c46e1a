// When the edge receiver is not Zendesk (a message received by Gmail, Fastmail, an Exchange Online
// tenant), the verdict says who received it and that it is how Zendesk would judge the same sending
// server (design notes, "Judgement": uncertainty is said). The receiver comes from the edge; the
// receiver.not-zendesk finding says the receiver is someone else.
import type { Finding, Verdict } from '../report/types';

export function receivedByLine(receiver: string): string {
  return `Received by ${receiver}: this is how Zendesk would judge the same sending server.`;
}

export function withReceiverLine(verdict: Verdict, findings: readonly Finding[], receiver: string | null): Verdict {
  if (!receiver || !findings.some((finding) => finding.id === 'receiver.not-zendesk')) return verdict;
  return { ...verdict, receivedBy: receiver, summary: `${receivedByLine(receiver)} ${verdict.summary}` };
}
