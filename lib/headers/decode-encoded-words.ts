// RFC 2047 encoded words ("=?charset?B?...?=" / "=?charset?Q?...?="), as found in Subject, display names
// and comments. Decoding uses TextDecoder, which node and browsers both ship with the common charsets.

// RFC 2047 §2: encoded-word = "=?" charset "?" encoding "?" encoded-text "?="; no spaces or "?" inside.
// Each part is a single negated character class followed by a literal, so matching is linear.
const ENCODED_WORD = /=\?([^?\s]{1,75})\?([bBqQ])\?([^?\s]*)\?=/g;
// RFC 2047 §6.2: whitespace between two adjacent encoded words is not displayed.
const BETWEEN_WORDS = /^[ \t\r\n]*$/;

/** Decodes every encoded word in `text`; words that cannot be decoded are left as written. */
export function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  let out = '';
  let last = 0;
  let previousWasEncoded = false;
  for (const match of text.matchAll(ENCODED_WORD)) {
    const index = match.index;
    const between = text.slice(last, index);
    const decoded = decodeWord(match[1] ?? '', match[2] ?? '', match[3] ?? '');
    if (!(previousWasEncoded && decoded !== null && BETWEEN_WORDS.test(between))) out += between;
    out += decoded ?? match[0];
    previousWasEncoded = decoded !== null;
    last = index + match[0].length;
  }
  return out + text.slice(last);
}

function decodeWord(charsetSpec: string, encoding: string, payload: string): string | null {
  // RFC 2231 §5: a language may follow the charset after "*".
  const charset = charsetSpec.split('*')[0] ?? charsetSpec;
  const bytes = encoding.toUpperCase() === 'B' ? decodeBase64(payload) : decodeQ(payload);
  if (!bytes) return null;
  try {
    return new TextDecoder(charset.toLowerCase() === 'us-ascii' ? 'utf-8' : charset).decode(bytes);
  } catch {
    return null; // an unknown charset: keep the word as written
  }
}

/** RFC 2047 §4.2: "_" is a space, "=XX" a byte in hex, other printable ASCII stands for itself. */
function decodeQ(payload: string): Uint8Array | null {
  const bytes: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const c = payload.charCodeAt(i);
    if (c === 0x5f) {
      bytes.push(0x20);
    } else if (c === 0x3d) {
      const hex = payload.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(c & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

function decodeBase64(payload: string): Uint8Array | null {
  let end = payload.length;
  while (end > 0 && payload[end - 1] === '=') end--; // trailing padding, trimmed without a regex
  const clean = payload.slice(0, end);
  if (!/^[A-Za-z0-9+/]*$/.test(clean)) return null;
  try {
    const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
