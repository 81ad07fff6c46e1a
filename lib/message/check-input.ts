import { findHeaderBoundary } from './split';

// The first gate for anything a user pastes or drops: is this plausibly the text of an email?
// Each refusal carries a specific reason so the UI and the CLI can say exactly what is wrong.

/** Inputs above this size are refused: 40 MiB holds a 25 MB message with attachments, base64 included. */
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

export type InputProblem =
  | { reason: 'empty' }
  /** `bytes` is the whole size, or with `stoppedAt` how much was read before reading stopped (stdin). */
  | { reason: 'too-large'; bytes: number; limitBytes: number; stoppedAt?: true }
  | { reason: 'binary'; offset: number }
  | { reason: 'no-header-lines' }
  /**
   * Lines of the form "Name: value" were found, but none names a field of an email (email-field-names.ts):
   * `names` are the first few names found, as written, `count` how many such lines there were.
   */
  | { reason: 'no-email-fields'; names: string[]; count: number };

export type InputCheck = { ok: true } | ({ ok: false } & InputProblem);

// A NUL or other C0 control (besides tab, CR, LF, form feed, ESC) in the header section means binary
// data, not RFC 5322 text (§2.2: field bodies are printable characters and whitespace).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const BINARY_CHAR = /[\0-\x08\x0e-\x1a\x1c-\x1f\x7f]/;
// Headers quoted in a reply ("> Received: ..."); one character class, so linear on any line.
const QUOTE_MARKS = /^[> ]+/gm;
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/m;
const HEADER_SECTION_SAMPLE = 256 * 1024;

/** Checks size, emptiness, binary content and the presence of at least one header line; never throws. */
export function checkInput(text: string): InputCheck {
  // The limit is in bytes, as the message is on disk or on the wire: UTF-8, so a character counts 1 to 4.
  const bytes = utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) return { ok: false, reason: 'too-large', bytes, limitBytes: MAX_INPUT_BYTES };
  if (!/\S/.test(text)) return { ok: false, reason: 'empty' };
  const sample = text.slice(0, HEADER_SECTION_SAMPLE);
  // The body may hold 8bit or binary parts (RFC 2045 §2.8, §2.9): only the header section is checked.
  const leading = LEADING_BLANK_LINES.exec(sample)?.[0].length ?? 0;
  const headerSection = sample.slice(0, leading + findHeaderBoundary(sample.slice(leading)).headerEnd);
  const binary = BINARY_CHAR.exec(headerSection);
  if (binary) return { ok: false, reason: 'binary', offset: binary.index };
  const replaced = firstReplacementFlood(headerSection);
  if (replaced !== null) return { ok: false, reason: 'binary', offset: replaced };
  // Header lines are looked for past the first blank line too: pastes often carry a note or a summary on top.
  if (!HEADER_LINE.test(sample) && !HEADER_LINE.test(sample.replace(QUOTE_MARKS, ''))) return { ok: false, reason: 'no-header-lines' };
  return { ok: true };
}

/**
 * U+FFFD is what a UTF-8 decoder makes of bytes that are not UTF-8. A few in a header are mis-decoded
 * text (real mail has them); a header section made largely of them is a binary file read as text.
 */
function firstReplacementFlood(section: string): number | null {
  const head = section.slice(0, 4096);
  let count = 0;
  let first = -1;
  for (let i = 0; i < head.length; i++) {
    if (head.charCodeAt(i) === 0xfffd) {
      count++;
      if (first < 0) first = i;
    }
  }
  return count > 0 && count * 8 > head.length ? first : null;
}

/** The UTF-8 length of a string, without encoding it: a UTF-16 unit is 1 to 3 bytes, a surrogate pair 4. */
export function utf8Length(text: string): number {
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // A high surrogate counts the pair's 4 bytes; its low surrogate adds nothing.
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 4 : unit >= 0xdc00 && unit <= 0xdfff ? 0 : 3;
  }
  return bytes;
}
