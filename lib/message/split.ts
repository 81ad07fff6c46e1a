// Split a message into its header fields and body (RFC 5322 §2.1, §2.2).
// Each field keeps its exact text, folding included, because DKIM "simple" canonicalization and
// ARC verification (RFC 6376 §3.4.1, RFC 8617 §5.1) work on the bytes as received.
// Only the header section is walked line by line: the body of a 25 MB message is sliced off whole.
import type { HeaderField } from '../headers/header-field';

export interface SplitMessage {
  fields: HeaderField[];
  /** The body after the blank line, CRLF line endings; null when the input is a header block alone. */
  body: string | null;
  /** Lines in the header section that are neither a field nor a continuation (kept so nothing is lost). */
  strayLines: { line: number; text: string }[];
}

// RFC 5322 §3.6.8: a field name is printable US-ASCII except colon.
const FIELD_START = /^([!-9;-~]+)[ \t]*:/;

export interface HeaderBoundary {
  /** Index where the header section ends (the start of the blank line), or the text length. */
  headerEnd: number;
  /** Index where the body starts (after the blank line); null when there is no blank line. */
  bodyStart: number | null;
}

/**
 * A line break as a mail reader takes it: RFC 5322 §2.1 says CRLF, but pasted and converted text has
 * LF, a lone CR (old Mac OS), or CR CR LF (CRLF converted once more); each of them ends one line.
 */
const LINE_BREAK = /\r*\n|\r/g;

/** The text split into lines at any line break (CRLF, LF, lone CR, CR CR LF). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * Finds the blank line that ends the header section (RFC 5322 §2.1) by jumping from line break to
 * line break; the body is never scanned.
 */
export function findHeaderBoundary(text: string): HeaderBoundary {
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  let lineStart = 0;
  for (;;) {
    const found = breaks.exec(text);
    const lineEnd = found ? found.index : text.length;
    if (lineEnd === lineStart) return { headerEnd: lineStart, bodyStart: found ? breaks.lastIndex : null };
    if (!found) return { headerEnd: text.length, bodyStart: null };
    lineStart = breaks.lastIndex;
  }
}

/** Splits text (CRLF or LF line endings) into header fields and body; never throws. */
export function splitMessage(text: string): SplitMessage {
  const boundary = findHeaderBoundary(text);
  const lines = splitLines(text.slice(0, boundary.headerEnd));
  if (lines[lines.length - 1] === '') lines.pop(); // the line break that ends the last field
  const fields: HeaderField[] = [];
  const strayLines: { line: number; text: string }[] = [];
  let current: { name: string; startLine: number; parts: string[] } | null = null;

  const flush = () => {
    if (!current) return;
    const raw = current.parts.join('\r\n');
    const colon = raw.indexOf(':');
    fields.push({ name: current.name, key: current.name.toLowerCase(), value: raw.slice(colon + 1), raw, line: current.startLine });
    current = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
      current.parts.push(line); // RFC 5322 §2.2.3: a folded continuation line
      continue;
    }
    const match = FIELD_START.exec(line);
    if (match?.[1]) {
      flush();
      current = { name: match[1], startLine: index + 1, parts: [line] };
    } else {
      flush();
      strayLines.push({ line: index + 1, text: line });
    }
  }
  flush();

  const body = boundary.bodyStart === null ? null : toCrlf(text.slice(boundary.bodyStart));
  return { fields, body, strayLines };
}

/** Normalises every line break (see LINE_BREAK) to CRLF, without copying when they already are. */
export function toCrlf(text: string): string {
  return isAllCrlf(text) ? text : text.replace(LINE_BREAK, '\r\n');
}

/** Whether every LF has one CR before it and every CR an LF after it; jumps with indexOf, faster than a regex here. */
function isAllCrlf(text: string): boolean {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 13 || (i > 1 && text.charCodeAt(i - 2) === 13)) return false;
  }
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return false;
  }
  return true;
}
