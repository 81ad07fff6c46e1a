// Received fields (RFC 5321 §4.4 "Time-stamp-line") and what real MTAs actually write: Postfix, Exim,
// Sendmail, qmail, Exchange / Exchange Online, Gmail, Amazon SES, SendGrid (no ";" before the date,
// Go-style "+0000 UTC m=+..."), IIS SMTPSVC and Microsoft's "with mapi id". Each clause is read with a
// single left-to-right scan; comments are kept because the TCP-info (RFC 5321 §4.4) lives in them.
import { parseDate, type ParsedDate } from './parse-date';
import { readBy, readFrom } from './read-tcp-info';
import { findAuth, findTls } from './read-transport-security';
import { splitReceivedClauses, type Clause } from './split-received-clauses';

export interface ReceivedFrom {
  /** The name the client gave in HELO/EHLO, as recorded by the receiver (may be an address literal). */
  helo: string | null;
  /** The reverse-DNS name the receiver found for the IP, as it claims. */
  reverseName: string | null;
  /** The connecting IP address. */
  ip: string | null;
  /** The clause as written, comments included. */
  text: string;
}

export interface ReceivedBy {
  name: string | null;
  ip: string | null;
  text: string;
}

export interface TlsInfo {
  /** e.g. "TLSv1.3", "TLS1_2"; null when only the protocol name says TLS was used. */
  version: string | null;
  cipher: string | null;
  /** What showed the TLS: the words of the field that were read. */
  evidence: string;
}

export interface SubmissionAuth {
  /** RFC 3848 protocol name ("ESMTPSA"), a comment ("Authenticated sender: ..."), or MAPI submission. */
  evidence: string;
  /** The authenticated identity, when the field names it. */
  sender: string | null;
}

export interface ReceivedField {
  from: ReceivedFrom | null;
  by: ReceivedBy | null;
  via: string | null;
  /** The "with" clause as written ("ESMTPS", "Microsoft SMTP Server", "mapi"). */
  with: string | null;
  /** The protocol keyword in the "with" clause, upper case (RFC 3848 names and HTTP/MAPI/LMTP/local). */
  protocol: string | null;
  id: string | null;
  /** The recipient from the "for" clause, angle brackets removed. */
  for: string | null;
  date: ParsedDate | null;
  tls: TlsInfo | null;
  authenticated: SubmissionAuth | null;
  comments: string[];
  /** The unfolded field value. */
  text: string;
}

// RFC 3848 and RFC 8314 transmission types, plus the non-SMTP names real servers write.
const PROTOCOL = /^(?:(?:UTF8)?(?:E?SMTP|LMTP)S?A?|HTTPS?|MAPI|LOCAL|LOCAL-GENERATED|IMAPS?|POP3S?|ASMTP)$/i;
const MAX_FIELD_TEXT = 16 * 1024;

/** Parses the value of a Received field (unfolded or not); never throws. */
export function parseReceived(value: string): ReceivedField {
  // Real Received fields are a few hundred characters; a giant one is garbage and only its start matters.
  const text = value.replace(/\r?\n/g, '').replace(/[ \t]+/g, ' ').trim().slice(0, MAX_FIELD_TEXT);
  const { clauses, dateText, dateComments } = splitReceivedClauses(text);
  const comments = [...clauses.values()].flatMap((clause) => clause.comments).concat(dateComments);
  const fromClause = clauses.get('from');
  const byClause = clauses.get('by');
  const withClause = clauses.get('with');
  const withText = withClause ? withClause.words.join(' ') || null : null;
  const protocol = withClause?.words.find((word) => PROTOCOL.test(word))?.toUpperCase() ?? null;
  return {
    from: fromClause ? readFrom(fromClause) : null,
    by: byClause ? readBy(byClause) : null,
    via: wordsOf(clauses.get('via')),
    with: withText,
    protocol,
    id: clauses.get('id')?.words[0] ?? null,
    for: forOf(clauses.get('for')),
    date: dateText === null ? null : parseDate(dateText),
    tls: findTls(protocol, withClause, comments),
    authenticated: findAuth(protocol, comments),
    comments,
    text,
  };
}

function wordsOf(clause: Clause | undefined): string | null {
  return clause && clause.words.length ? clause.words.join(' ') : null;
}

function forOf(clause: Clause | undefined): string | null {
  const word = clause?.words[0];
  if (!word) return null;
  return word.replace(/^</, '').replace(/>[;,]?$/, '') || null;
}

