// What agents paste is rarely a clean .eml. This recognises the common forms, turns each into RFC 5322
// text, and says what it recognised and what it repaired, so the report can tell the agent.
// Field text is otherwise kept exactly as received (DKIM and ARC verification need it).
import { readGmailOriginal, type GmailSummaryRow } from './read-gmail-original';
import { repairLostFolding } from './repair-lost-folding';
import { isQuoted, unquoteLines } from './unquote-lines';
import { findHeaderBoundary, splitMessage, toCrlf } from './split';

export type InputForm =
  /** A whole message, header section then body. */
  | 'message'
  /** A header section alone (no blank line, or nothing after it). */
  | 'header-block'
  /** Gmail's "Show original" page text. */
  | 'gmail-show-original'
  /** Outlook's "Internet headers" box, where folded lines lost their indentation. */
  | 'outlook-header-box'
  /** An mbox entry: a "From sender date" line on top (RFC 4155). */
  | 'mbox';

export type InputRepair =
  | { kind: 'byte-order-mark-removed' }
  | { kind: 'leading-lines-removed'; count: number }
  | { kind: 'quote-marks-removed'; lines: number }
  | { kind: 'mbox-from-line-removed'; line: string }
  | { kind: 'gmail-summary-removed'; lines: number }
  | { kind: 'folding-restored'; lines: number }
  | { kind: 'line-endings-normalised'; from: 'LF' | 'CR' | 'mixed' };

export interface RecognizedInput {
  form: InputForm;
  repairs: InputRepair[];
  /** The RFC 5322 text to parse. */
  text: string;
  /** What Gmail's summary table said, when the input was that page. */
  gmailSummary: GmailSummaryRow[] | null;
}

// RFC 4155: the mbox separator line "From " addr-spec SP date.
const MBOX_FROM = /^From [^ \t:]+ /;
const FIELD_START = /^[!-9;-~]+[ \t]*:/;
const MAX_LEADING_LINES = 200;

/** Recognises the form of `input` and returns RFC 5322 text; never throws. */
export function recognizeInput(input: string): RecognizedInput {
  const repairs: InputRepair[] = [];
  let text = input;
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    repairs.push({ kind: 'byte-order-mark-removed' });
  }
  // RFC 5322 §2.1 requires CRLF; LF alone is read as it is everywhere below. A lone CR (classic Mac OS)
  // or CR CR LF in the header section would merge or split fields, so the header section is rewritten
  // with CRLF first (the body is normalised when it is split off).
  const head = text.slice(0, findHeaderBoundary(text).bodyStart ?? text.length);
  if (/\r(?!\n)/.test(head)) {
    text = toCrlf(head) + text.slice(head.length);
    repairs.push({ kind: 'line-endings-normalised', from: head.includes('\n') ? 'mixed' : 'CR' });
  }
  // Only the top of the text is looked at line by line; a body is carried over whole.
  const top = headLines(text, MAX_LEADING_LINES * 2);
  if (isQuoted(top.slice(0, firstEmpty(top)))) {
    const all = unquoteLines(text.split(/\r?\n/));
    repairs.push({ kind: 'quote-marks-removed', lines: all.length });
    text = all.join('\r\n');
  }

  const gmail = readGmailOriginal(headLines(text, 400));
  if (gmail) {
    repairs.push({ kind: 'gmail-summary-removed', lines: gmail.rawStart });
    return finish(dropLines(text, gmail.rawStart), repairs, 'gmail-show-original', gmail.summary);
  }

  const leading = countLeadingLines(headLines(text, MAX_LEADING_LINES + 1));
  if (leading > 0) {
    repairs.push({ kind: 'leading-lines-removed', count: leading });
    text = dropLines(text, leading);
  }
  let form: InputForm | null = null;
  const firstLine = headLines(text, 1)[0] ?? '';
  if (MBOX_FROM.test(firstLine)) {
    repairs.push({ kind: 'mbox-from-line-removed', line: firstLine });
    text = dropLines(text, 1);
    form = 'mbox';
  }
  return finish(text, repairs, form, null);
}

function finish(text: string, repairs: InputRepair[], form: InputForm | null, gmailSummary: GmailSummaryRow[] | null): RecognizedInput {
  let current = text;
  let boundary = findHeaderBoundary(current);
  // Split the header section alone: the body is not needed to see whether folding was lost.
  const split = splitMessage(current.slice(0, boundary.headerEnd));
  const firstFieldLine = split.fields[0]?.line ?? Infinity;
  let detected = form;
  if (split.strayLines.some((stray) => stray.line > firstFieldLine)) {
    const repaired = repairLostFolding(current.slice(0, boundary.headerEnd).split(/\r?\n/));
    if (repaired.repaired > 0) {
      repairs.push({ kind: 'folding-restored', lines: repaired.repaired });
      current = repaired.lines.join('\r\n') + current.slice(boundary.headerEnd);
      boundary = findHeaderBoundary(current);
      detected ??= 'outlook-header-box';
    }
  }
  const hasBody = boundary.bodyStart !== null && /\S/.test(current.slice(boundary.bodyStart));
  detected ??= hasBody ? 'message' : 'header-block';
  return { form: detected, repairs, text: current, gmailSummary };
}

/**
 * How many lines above the first header field are blank or prose (a note the agent pasted along, or
 * the DNS records some test files put on top); 0 when there are none or no field is found early.
 */
function countLeadingLines(lines: string[]): number {
  for (let i = 0; i < lines.length && i < MAX_LEADING_LINES; i++) {
    const line = lines[i] ?? '';
    if (FIELD_START.test(line) || MBOX_FROM.test(line)) return i;
  }
  return 0;
}

function firstEmpty(lines: string[]): number {
  const index = lines.findIndex((line) => line.trim() === '' && !line.startsWith('>'));
  return index < 0 ? lines.length : index;
}

/** The first `count` lines of `text`, found without splitting the rest. */
function headLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push(text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end));
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** `text` without its first `count` lines. */
function dropLines(text: string, count: number): string {
  let start = 0;
  for (let i = 0; i < count; i++) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) return '';
    start = newline + 1;
  }
  return text.slice(start);
}
