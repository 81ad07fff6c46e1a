// Whether a "Name: value" line is a field of an email at all. Pasted prose, a log or a licence often holds
// a line such as "Note: ..." or "conditions:", which is a well-formed header field by RFC 5322's grammar
// (§2.2, §3.6.8: any printable name but the colon) and would otherwise be analysed as a message that has
// no From field, and judged as one. A paste is an email, or part of one, when at least one of its fields
// is among those below: the fields of RFC 5322 §3.6, the trace and authentication fields every received
// message carries, MIME (RFC 2045), mailing lists (RFC 2369, RFC 2919), and the extension prefixes mail
// software writes (X-, and the Resent-/Content-/List-/ARC-/DKIM- families).

import type { InputProblem } from './check-input';

const NAMES = new Set([
  // RFC 5322 §3.6: origination, destination, identification, informational and trace fields.
  'date', 'from', 'sender', 'reply-to', 'to', 'cc', 'bcc', 'message-id', 'in-reply-to', 'references',
  'subject', 'comments', 'keywords', 'return-path', 'received',
  // Authentication (RFC 8601, RFC 7208 §9.1, RFC 6376, RFC 8617) and delivery.
  'authentication-results', 'received-spf', 'domainkey-signature', 'delivered-to', 'envelope-to',
  'original-recipient', 'x-original-to',
  // MIME (RFC 2045 §4) and what mail clients and servers add.
  'mime-version', 'user-agent', 'organization', 'importance', 'priority', 'sensitivity', 'precedence',
  'auto-submitted', 'errors-to', 'feedback-id', 'thread-topic', 'thread-index', 'accept-language',
  'disposition-notification-to', 'return-receipt-to', 'autocrypt', 'openpgp', 'archived-at',
]);

const PREFIXES = ['x-', 'resent-', 'content-', 'list-', 'arc-', 'dkim-'];

// Enough for the agent to recognise what was pasted; the rest is counted.
const SHOWN_NAMES = 3;

/**
 * Why the fields split from a paste do not make an email, or null when they do: none at all, or none that
 * is an email's. The one gate for the parser and for the header listing the popup shows first.
 */
export function fieldsProblem(fields: readonly { name: string; key: string }[]): Extract<InputProblem, { reason: 'no-header-lines' | 'no-email-fields' }> | null {
  if (fields.length === 0) return { reason: 'no-header-lines' };
  if (fields.some((field) => isEmailFieldName(field.key))) return null;
  return { reason: 'no-email-fields', names: [...new Set(fields.map((field) => field.name))].slice(0, SHOWN_NAMES), count: fields.length };
}

/** `key` is a field name in lower case, as HeaderField.key holds it. */
export function isEmailFieldName(key: string): boolean {
  return NAMES.has(key) || PREFIXES.some((prefix) => key.startsWith(prefix));
}
