// The sending side of a Received field: the HELO name, the reverse-DNS name the receiver found and the
// connecting IP (RFC 5321 §4.4 TCP-info), in the many ways MTAs write them: Postfix "helo (rdns [ip])",
// qmail "rdns (HELO helo) (ip)", Exim "rdns ([ip] helo=helo)", Sendmail "(IDENT:user@rdns [ip])",
// Microsoft "(ip)", and "[IPv6:...]" literals.
import { readIpAddress } from '../net/ip-address';
import type { ReceivedBy, ReceivedFrom } from './parse-received';
import type { Clause } from './split-received-clauses';

const HELO_IN_COMMENT = /(?:^|[\s(])(?:HELO|EHLO)[ =]([^\s()]+)/i;
const EXIM_HELO = /(?:^|\s)helo=([^\s()]+)/i;
const BRACKETED = /\[([^\]\s]{1,60})\]/;

export function readFrom(clause: Clause): ReceivedFrom {
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

export function readBy(clause: Clause): ReceivedBy {
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

