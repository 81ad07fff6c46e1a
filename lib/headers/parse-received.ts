// Received fields (RFC 5321 §4.4 "Time-stamp-line") and what real MTAs actually write: Postfix, Exim,
// Sendmail, qmail, Exchange / Exchange Online, Gmail, Amazon SES, SendGrid (no ";" before the date,
// Go-style "+0000 UTC m=+..."), IIS SMTPSVC and Microsoft's "with mapi id". Each clause is read with a
// single left-to-right scan; comments are kept because the TCP-info (RFC 5321 §4.4) lives in them.
import { parseDate, type ParsedDate } from './parse-date';
import { readIpAddress } from './ip-address';
import { readComment } from './read-cfws';

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

type ClauseName = 'from' | 'by' | 'via' | 'with' | 'id' | 'for';
interface Clause {
  words: string[];
  comments: string[];
  text: string;
}

const CLAUSE_NAMES = new Set<string>(['from', 'by', 'via', 'with', 'id', 'for']);
// RFC 3848 and RFC 8314 transmission types, plus the non-SMTP names real servers write.
const PROTOCOL = /^(?:(?:UTF8)?(?:E?SMTP|LMTP)S?A?|HTTPS?|MAPI|LOCAL|LOCAL-GENERATED|IMAPS?|POP3S?|ASMTP)$/i;
const GO_DATE = /\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}:\d{2}(?:\.\d{1,12})? ?(?:[+-]\d{4})?(?: [A-Z]{1,5})?(?: m=[+-][\d.]{1,40})?$/;
const RFC_DATE_TAIL = /(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ?)?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6} \d{2,4} \d{1,2}:\d{2}[^;]{0,60}$/i;
const MAX_FIELD_TEXT = 16 * 1024;

/** Parses the value of a Received field (unfolded or not); never throws. */
export function parseReceived(value: string): ReceivedField {
  // Real Received fields are a few hundred characters; a giant one is garbage and only its start matters.
  const text = value.replace(/\r?\n/g, '').replace(/[ \t]+/g, ' ').trim().slice(0, MAX_FIELD_TEXT);
  const { head, dateText, dateComments } = splitDate(text);
  const clauses = readClauses(head);
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

function splitDate(text: string): { head: string; dateText: string | null; dateComments: string[] } {
  const semicolon = lastTopLevelSemicolon(text);
  if (semicolon >= 0) {
    const tail = text.slice(semicolon + 1);
    const dateComments: string[] = [];
    let bare = '';
    for (let i = 0; i < tail.length; i++) {
      if (tail[i] === '(') {
        const comment = readComment(tail, i);
        dateComments.push(comment.text.trim());
        i = comment.end - 1;
        bare += ' ';
      } else {
        bare += tail[i];
      }
    }
    return { head: text.slice(0, semicolon), dateText: bare.trim() || null, dateComments };
  }
  // SendGrid and some others write the date with no ";" before it.
  const match = GO_DATE.exec(text) ?? RFC_DATE_TAIL.exec(text);
  if (match) return { head: text.slice(0, match.index), dateText: match[0], dateComments: [] };
  return { head: text, dateText: null, dateComments: [] };
}

function lastTopLevelSemicolon(text: string): number {
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') i = readComment(text, i).end - 1;
    else if (c === ';') last = i;
  }
  return last;
}

/** Splits the part before the date into clauses keyed by their keyword; comments go to the clause they follow. */
function readClauses(head: string): Map<ClauseName | 'leading', Clause> {
  const clauses = new Map<ClauseName | 'leading', Clause>();
  let current: Clause = { words: [], comments: [], text: '' };
  clauses.set('leading', current);
  let start = 0;
  let first = true;
  let i = 0;
  const close = (end: number) => {
    current.text = head.slice(start, end).trim();
  };
  while (i < head.length) {
    const c = head[i];
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === '(') {
      const comment = readComment(head, i);
      current.comments.push(comment.text.trim());
      i = comment.end;
      first = false;
      continue;
    }
    let end = i;
    while (end < head.length && head[end] !== ' ' && head[end] !== '(') end++;
    const word = head.slice(i, end);
    const key = word.toLowerCase();
    // "from" opens the field (RFC 5321 §4.4); a later "from" is part of a clause (IBM writes "for <a> from <b>").
    const opens = CLAUSE_NAMES.has(key) && !clauses.has(key as ClauseName) && (key !== 'from' || first);
    if (opens) {
      close(i);
      current = { words: [], comments: [], text: '' };
      clauses.set(key as ClauseName, current);
      start = i;
    } else {
      current.words.push(word);
    }
    first = false;
    i = end;
  }
  close(head.length);
  return clauses;
}

function wordsOf(clause: Clause | undefined): string | null {
  return clause && clause.words.length ? clause.words.join(' ') : null;
}

function forOf(clause: Clause | undefined): string | null {
  const word = clause?.words[0];
  if (!word) return null;
  return word.replace(/^</, '').replace(/>[;,]?$/, '') || null;
}

const HELO_IN_COMMENT = /(?:^|[\s(])(?:HELO|EHLO)[ =]([^\s()]+)/i;
const EXIM_HELO = /(?:^|\s)helo=([^\s()]+)/i;
const BRACKETED = /\[([^\]\s]{1,60})\]/;

function readFrom(clause: Clause): ReceivedFrom {
  const name = clause.words[0] ?? null;
  let ip: string | null = null;
  let reverseName: string | null = null;
  let helo: string | null = null;
  for (const comment of clause.comments) {
    const explicitHelo = HELO_IN_COMMENT.exec(comment) ?? EXIM_HELO.exec(comment);
    if (explicitHelo?.[1] && !helo) helo = explicitHelo[1];
    const found = ipIn(comment);
    if (found && !ip) {
      ip = found.ip;
      reverseName = reverseNameBefore(found.before);
    }
  }
  // Later bare words: fetchmail's "from host [ip]", qmail's "(HELO x) (ip)" handled above.
  for (const word of clause.words.slice(1)) {
    if (!ip) ip = readIpAddress(word);
  }
  const nameIp = name ? readIpAddress(name) : null;
  if (!ip && nameIp) ip = nameIp;
  if (helo) {
    // qmail and Exim put the reverse name first and the HELO name in the comment.
    if (!reverseName && name && !nameIp && name.toLowerCase() !== 'unknown') reverseName = stripDot(name);
  } else {
    helo = name;
  }
  return { helo: helo ? stripDot(helo) : null, reverseName, ip, text: clause.text };
}

function readBy(clause: Clause): ReceivedBy {
  const name = clause.words[0] ?? null;
  let ip = name ? readIpAddress(name) : null;
  for (const comment of clause.comments) {
    if (ip) break;
    ip = ipIn(comment)?.ip ?? null;
  }
  return { name: name ? stripDot(name) : null, ip, text: clause.text };
}

/** The first IP in a TCP-info comment: "[ip]", or the whole first word ("(64.98.42.207)", "(2603:...::31)"). */
function ipIn(comment: string): { ip: string; before: string } | null {
  const bracket = BRACKETED.exec(comment);
  if (bracket?.[1]) {
    const ip = readIpAddress(bracket[1]);
    if (ip) return { ip, before: comment.slice(0, bracket.index) };
  }
  const firstWord = comment.split(' ')[0] ?? '';
  const ip = readIpAddress(firstWord);
  return ip ? { ip, before: '' } : null;
}

/** "host.example. " before "[ip]" is the reverse name; "unknown", "IDENT:user@", "user@" are not names. */
function reverseNameBefore(before: string): string | null {
  let name = before.trim();
  const at = name.lastIndexOf('@');
  if (at >= 0) name = name.slice(at + 1);
  name = name.replace(/^IDENT:/i, '').trim();
  if (name === '' || name.includes(' ') || name.toLowerCase() === 'unknown' || name.endsWith('@')) return null;
  return stripDot(name);
}

function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

const USING_TLS = /using (TLS\S*|SSL\S*)/i;
const WITH_CIPHER = /with cipher (\S+)/i;
const VERSION_KV = /version=([A-Za-z0-9_./]+)/i;
const CIPHER_KV = /cipher=([A-Za-z0-9_-]+)/i;
const EXIM_TLS_COMMENT = /^(TLS\d[\d.]*|TLSv\d[\d.]*|SSLv\d)(?::([A-Za-z0-9_-]+))?/i;

function findTls(protocol: string | null, withClause: Clause | undefined, comments: string[]): TlsInfo | null {
  for (const comment of comments) {
    // Postfix: "using TLSv1.3 with cipher X"; Microsoft, Gmail, IBM: "version=TLS1_2 cipher=X"; Haraka: "cipher=X".
    const using = USING_TLS.exec(comment)?.[1];
    const keyed = VERSION_KV.exec(comment)?.[1];
    const version = using ?? (keyed && /tls|ssl/i.test(keyed) ? keyed : undefined);
    const cipher = WITH_CIPHER.exec(comment)?.[1] ?? CIPHER_KV.exec(comment)?.[1];
    if (version || cipher) return { version: version ?? null, cipher: cipher ?? null, evidence: comment };
  }
  if (withClause) {
    // Exim: "with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384" or older "(TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)".
    const words = withClause.words;
    const tlsWord = words.findIndex((word) => word.toLowerCase() === 'tls');
    const versionComment = withClause.comments.map((comment) => EXIM_TLS_COMMENT.exec(comment)).find((match) => match);
    if (versionComment?.[1] || tlsWord >= 0) {
      return {
        version: versionComment?.[1] ?? null,
        cipher: (tlsWord >= 0 ? words[tlsWord + 1] : undefined) ?? versionComment?.[2] ?? null,
        evidence: withClause.text,
      };
    }
  }
  if (comments.some((comment) => /Google Transport Security/i.test(comment))) return { version: null, cipher: null, evidence: 'Google Transport Security' };
  // RFC 3848 / RFC 8314: ESMTPS, ESMTPSA, LMTPS, UTF8SMTPS and HTTPS mean the hop used TLS.
  if (protocol && /^(?:(?:UTF8)?(?:E?SMTP|LMTP)SA?|HTTPS|IMAPS|POP3S)$/.test(protocol)) {
    return { version: null, cipher: null, evidence: `with ${protocol}` };
  }
  return null;
}

function findAuth(protocol: string | null, comments: string[]): SubmissionAuth | null {
  for (const comment of comments) {
    const sender = /Authenticated sender: ?([^\s)]+)/i.exec(comment);
    if (sender?.[1]) return { evidence: comment, sender: sender[1] };
    // Sendmail: "(authenticated bits=0)" or "(authenticated as user)".
    if (/^authenticated\b/i.test(comment)) return { evidence: comment, sender: /as (\S+)/.exec(comment)?.[1] ?? null };
  }
  // RFC 3848: ESMTPA, ESMTPSA, LMTPA, LMTPSA, UTF8SMTPA and UTF8SMTPSA mean an authenticated session.
  if (protocol && /^(?:UTF8)?(?:E?SMTP|LMTP)S?A$/.test(protocol)) return { evidence: `with ${protocol}`, sender: null };
  if (protocol === 'MAPI') return { evidence: 'with mapi (Exchange client submission)', sender: null };
  return null;
}
