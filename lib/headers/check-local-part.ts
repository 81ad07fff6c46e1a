// RFC 5322 §3.4.1: local-part = dot-atom / quoted-string / obs-local-part, where obs-local-part is
// words (atoms or quoted strings) joined by dots (§4.4). Anything else, such as "joe]" with its stray
// bracket, is not an address: a hurried paste or a forged field, never a mailbox to authenticate.

// RFC 5322 §3.2.3 atext; RFC 6532 §3.2 adds UTF-8 (any non-ASCII character) for internationalized mail.
const ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\u{10FFFF}]+$/u;
// RFC 5322 §3.2.4: qtext and quoted-pair inside the quotes.
const QUOTED = /^"(?:[^"\\\r\n]|\\[\s\S])*"$/;
const NOT_ATEXT = /[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\u{10FFFF}]/u;

/** Why a text is not an RFC 5322 local-part, as data (the catalogs word it); `localPart` is cut at 64 characters. */
export type LocalPartProblem =
  | { kind: 'unbalanced-quotes'; localPart: string }
  | { kind: 'empty-word'; localPart: string }
  /** RFC 5322 §3.4.1: the character needs quoting. */
  | { kind: 'unquoted-character'; character: string; localPart: string };

/** Why the text is not an RFC 5322 local-part, or null when it is one. */
export function localPartProblem(localPart: string): LocalPartProblem | null {
  if (QUOTED.test(localPart)) return null;
  const words = localPart.includes('"') ? splitWords(localPart) : localPart.split('.');
  if (words === null) return { kind: 'unbalanced-quotes', localPart };
  const bad = words.find((word) => !(ATOM.test(word) || QUOTED.test(word)));
  if (bad === undefined) return null;
  const shown = localPart.length > 64 ? `${localPart.slice(0, 64)}…` : localPart;
  if (bad === '') return { kind: 'empty-word', localPart: shown };
  const character = NOT_ATEXT.exec(bad)?.[0] ?? bad.slice(0, 1);
  return { kind: 'unquoted-character', character, localPart: shown };
}

/** Splits on dots outside quoted strings; null when a quote is left open. */
function splitWords(text: string): string[] | null {
  const words: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const c = text[index] as string;
    if (quoted && c === '\\') {
      current += c + (text[index + 1] ?? '');
      index++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === '.' && !quoted) {
      words.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  if (quoted) return null;
  words.push(current);
  return words;
}
