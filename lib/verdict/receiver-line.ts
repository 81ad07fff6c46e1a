// When the edge receiver is not Zendesk (a message received by Gmail, Fastmail, an Exchange Online
// tenant), the verdict says who received it and that it is how Zendesk would judge the same sending
// server (design notes, "Judgement": uncertainty is said). The receiver comes from the edge; the
// receiver.not-zendesk finding says the receiver is someone else.
import type { JudgedFinding, VerdictOutcome } from './types';

export function withReceiverLine(verdict: VerdictOutcome, findings: readonly JudgedFinding[], receiver: string | null): VerdictOutcome {
  if (!receiver || !findings.some((finding) => finding.id === 'receiver.not-zendesk')) return verdict;
  return { ...verdict, receivedBy: receiver };
}
