// A header field as it was written (RFC 5322 §2.2): name, colon, value, folding kept. Every stage after the
// split (headers, path, checks, report) reads fields in this shape, so the type lives with the headers.

export interface HeaderField {
  /** The field name as written, case kept. */
  name: string;
  /** The field name in lower case, for lookups. */
  key: string;
  /** Everything after the colon, folding line breaks kept (CRLF). */
  value: string;
  /** The whole field exactly as in the input (line breaks normalised to CRLF), without its final CRLF. */
  raw: string;
  /** 1-based line of the input where the field starts, so evidence can point at it. */
  line: number;
}

/** The unfolded value of a field (RFC 5322 §2.2.3: remove CRLF before whitespace), trimmed. */
export function unfold(value: string): string {
  return value.replace(/\r?\n(?=[ \t])/g, '').trim();
}
