// A sentence that goes on after a colon or a semicolon starts in lower case: "no PTR record; the server
// introduced itself as localhost", not "; The server". Catalog sentences are written to stand alone (a
// finding's title, why a check did not run), so where one follows another's colon its first word is
// lowered here, in one place for every language.

/** Words that keep their capital wherever they stand: names, not ordinary words ("Resent" fields, RFC 5322 §3.6.6). */
const NAMES = new Set(['Zendesk', 'Gmail', 'Google', 'Outlook', 'Microsoft', 'Exchange', 'Yahoo', 'Apple', 'Fastmail', 'Proton', 'MailTrust', 'Internet', 'Resent']);

/**
 * The sentence as the continuation of another: an ordinary capitalised first word ("The", "There", "L'IP",
 * "Aucun") is lowered; an acronym (DMARC, SPF, IP), a header field's name (Return-Path), a host name or a
 * name (Zendesk) stays as written. So does a word of one letter: "A lookup of x.example failed" is DNS type A.
 */
export function continuing(sentence: string): string {
  // A capital, then a lower-case letter or an elision: an ordinary word. A second capital: an acronym.
  if (!/^\p{Lu}(?:\p{Ll}|['’])/u.test(sentence)) return sentence;
  const token = /^\S+/u.exec(sentence)?.[0] ?? '';
  const word = /^\p{L}+/u.exec(token)?.[0] ?? '';
  if (NAMES.has(word) || /-\p{Lu}/u.test(token)) return sentence;
  return sentence.charAt(0).toLocaleLowerCase() + sentence.slice(1);
}
