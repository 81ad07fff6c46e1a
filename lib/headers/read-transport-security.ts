// What a Received field says about the session's security: TLS version and cipher (Postfix, Sendmail,
// Microsoft, Gmail, Exim, Haraka forms, and RFC 3848 / RFC 8314 protocol names), and whether the client
// authenticated (RFC 3848 "...A" protocols, Postfix and Sendmail comments, Exchange MAPI submission).
import type { SubmissionAuth, TlsInfo } from './parse-received';
import type { Clause } from './split-received-clauses';

const USING_TLS = /using (TLS\S*|SSL\S*)/i;
const WITH_CIPHER = /with cipher (\S+)/i;
const VERSION_KV = /version=([A-Za-z0-9_./]+)/i;
const CIPHER_KV = /cipher=([A-Za-z0-9_-]+)/i;
const EXIM_TLS_COMMENT = /^(TLS\d[\d.]*|TLSv\d[\d.]*|SSLv\d)(?::([A-Za-z0-9_-]+))?/i;

export function findTls(protocol: string | null, withClause: Clause | undefined, comments: string[]): TlsInfo | null {
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

export function findAuth(protocol: string | null, comments: string[]): SubmissionAuth | null {
  for (const comment of comments) {
    const sender = /Authenticated sender: ?([^\s)]+)/i.exec(comment);
    if (sender?.[1]) return { evidence: comment, sender: sender[1] };
    // Sendmail: "(authenticated bits=0)" or "(authenticated as user)".
    if (/^authenticated\b/i.test(comment)) return { evidence: comment, sender: /as (\S+)/.exec(comment)?.[1] ?? null };
  }
  // RFC 3848: ESMTPA, ESMTPSA, LMTPA, LMTPSA, UTF8SMTPA and UTF8SMTPSA mean an authenticated session.
  if (protocol && /^(?:UTF8)?(?:E?SMTP|LMTP)S?A$/.test(protocol)) return { evidence: `with ${protocol}`, sender: null };
  // Exchange's client submission (Outlook over MAPI): the clause as the Received field writes it.
  if (protocol === 'MAPI') return { evidence: 'with mapi', sender: null };
  return null;
}
