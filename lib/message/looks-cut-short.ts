// A paste that was cut short: agents copy part of a header block (the top of "Show original", a few
// Received fields from a ticket, a Subject line, the "From: / Sent: / To:" block a mail client shows on top
// of a forwarded message). Three signs are read from the text and the fields: the first line is the
// continuation of a field whose start is missing (RFC 5322 §2.2.3: a folded line starts with white space);
// the message has Received fields but no From and no Date or Subject (which every message carries below its
// Received fields: they are the part that was not copied); or it lacks From or Date (RFC 5322 §3.6: every
// message has both) and has no Received field either, which every server that accepted the message adds
// (RFC 5321 §4.4), so it is not the source as a receiver saw it and its missing fields say nothing.
import type { HeaderField } from '../headers/header-field';

export type CutShortSign = 'starts-mid-field' | 'no-message-fields' | 'no-received';

// The first lines of a text that a cut through a header field leaves: a folded continuation, or the tail
// of a field value (a Received field's "[ip])" or "...;" or a date).
const CONTINUATION = /^[ \t]+\S/;
const FIELD_TAIL = /(?:\[[0-9A-Fa-f.:]+\]\)?|;)\s*$|^\s*(?:by|with|id|for|from)\s/;

/** The first cut-short sign, or null. `leadingRemoved` is how many lines before the first field were dropped. */
export function looksCutShort(text: string, leadingRemoved: number, fields: readonly HeaderField[]): CutShortSign | null {
  const first = firstNonEmptyLine(text);
  if (first !== null && (CONTINUATION.test(first) || (leadingRemoved > 0 && FIELD_TAIL.test(first)))) return 'starts-mid-field';
  const has = (key: string) => fields.some((field) => field.key === key);
  if (has('received') && !has('from') && (!has('date') || !has('subject'))) return 'no-message-fields';
  if (!has('received') && (!has('from') || !has('date'))) return 'no-received';
  return null;
}

function firstNonEmptyLine(text: string): string | null {
  let start = 0;
  // Only the first few lines are looked at, so the cost does not grow with the paste.
  for (let count = 0; count < 20 && start < text.length; count++) {
    const newline = text.indexOf('\n', start);
    const line = text.slice(start, newline < 0 ? text.length : newline).replace(/\r$/, '');
    if (line.trim() !== '') return line.slice(0, 2000);
    if (newline < 0) break;
    start = newline + 1;
  }
  return null;
}
