// Lexical pieces shared by the structured-field parsers: comments and quoted strings (RFC 5322 §3.2.2,
// §3.2.4). Hand-written scanners, one pass each, so no input can make them backtrack.

export interface Scanned {
  /** The content without the delimiters, quoted-pairs resolved. */
  text: string;
  /** Index just after the closing delimiter (or the end of the input when it is missing). */
  end: number;
  /** False when the input ended before the closing delimiter. */
  closed: boolean;
}

/** Reads a comment starting at `start` (which must be "("); comments nest (RFC 5322 §3.2.2). */
export function readComment(text: string, start: number): Scanned {
  let depth = 0;
  let out = '';
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i++;
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth > 1) out += c;
      continue;
    }
    if (c === ')') {
      depth--;
      if (depth === 0) return { text: out, end: i + 1, closed: true };
      out += c;
      continue;
    }
    out += c;
  }
  return { text: out, end: i, closed: false };
}

/** Reads a quoted string starting at `start` (which must be a double quote). */
export function readQuotedString(text: string, start: number): Scanned {
  let out = '';
  let i = start + 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      out += text[i + 1];
      i++;
      continue;
    }
    if (c === '"') return { text: out, end: i + 1, closed: true };
    out += c;
  }
  return { text: out, end: i, closed: false };
}

export function isWhitespace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/** Skips whitespace and comments from `start`; collected comments are pushed onto `comments`. */
export function skipCfws(text: string, start: number, comments?: string[]): number {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (isWhitespace(c)) {
      i++;
    } else if (c === '(') {
      const comment = readComment(text, i);
      comments?.push(comment.text.trim());
      i = comment.end;
    } else {
      break;
    }
  }
  return i;
}
