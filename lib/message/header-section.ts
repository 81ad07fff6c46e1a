// The header section of a large text, found as the analysis finds it (below leading blank lines, a note,
// a Gmail "Show original" summary, quote marks, an mbox line): what a caller keeps of a message too large to
// hold whole. The body is left out entirely, never cut mid-way, so a DKIM body hash is "not checked" rather
// than failed on a truncated body (RFC 6376 §3.7).
import { recognizeInput } from './recognize-input';
import { findHeaderBoundary } from './split';

/** Where the header section is looked for: real header blocks are well under 1 MiB. */
const SAMPLE_CHARS = 1024 * 1024;
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;

/** The header section (each field with its line break), or, with no blank line in the sample, the sample up to its last whole line. */
export function headerSectionOf(text: string): string {
  const recognized = recognizeInput(text.slice(0, SAMPLE_CHARS).replace(LEADING_BLANK_LINES, '')).text;
  const boundary = findHeaderBoundary(recognized);
  if (boundary.bodyStart !== null) return recognized.slice(0, boundary.headerEnd);
  return recognized.slice(0, recognized.lastIndexOf('\n') + 1 || recognized.length);
}
