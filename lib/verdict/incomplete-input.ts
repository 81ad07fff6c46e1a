// A paste cut short decides nothing about the message (design notes, "Judgement": uncertainty): whatever
// else fired, the level is unknown and the summary asks for the whole header block. Kept apart from the
// rules table because it overrides the table's "most serious level wins".
import type { VerdictLevel } from '../report/types';
import type { JudgedFinding } from './types';

export function incompleteInputLevel(findings: readonly JudgedFinding[]): VerdictLevel | null {
  return findings.some((finding) => finding.id === 'input.incomplete') ? 'unknown' : null;
}
