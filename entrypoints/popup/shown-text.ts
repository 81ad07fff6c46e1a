// What the paste area shows of the text the popup holds. A textarea holding megabytes freezes the popup:
// Chromium lays out all of its text at the next frame (measured in headless Chromium 156: 20 MB took 17 to
// 23 s, the same in a bare page without MailTrust). So a text over LARGE_TEXT_CHARS is held whole by the
// popup (analysed, kept as the draft, sent to the report) while the area shows only its beginning,
// read-only: an edit there could not say what happens to the part it does not show.
import { headerSectionOf } from '../../lib/message/header-section';

export const LARGE_TEXT_CHARS = 512 * 1024;
/** About 70 ms of layout in the measurement above: enough to see the header block of a real message. */
export const PREVIEW_CHARS = 64 * 1024;
/**
 * A paste over this keeps its header section only. Holding, storing and hashing tens of MiB is what made a
 * 41 MiB paste take about 30 s to answer; the headers are what the verdict rests on, and a message of this
 * size is mostly attachments. The price is said on screen: the body's DKIM hash is not checked.
 */
export const WHOLE_TEXT_MAX_CHARS = 8 * 1024 * 1024;

export function isLargeText(text: string): boolean {
  return text.length > LARGE_TEXT_CHARS;
}

/** The text itself, or its first PREVIEW_CHARS characters when it is large. */
export function shownText(text: string): string {
  return isLargeText(text) ? text.slice(0, PREVIEW_CHARS) : text;
}

/** Size for the notice; raw mail is mostly 7-bit text, so characters stand for bytes. */
export function megabytes(text: string | number): string {
  return ((typeof text === 'number' ? text : text.length) / (1024 * 1024)).toFixed(1);
}

export function kilobytes(text: string): string {
  return String(Math.max(1, Math.round(text.length / 1024)));
}

/** What the popup keeps of a paste: all of it, or (over WHOLE_TEXT_MAX_CHARS) its header section and how much was pasted. */
export type TakenText = { kind: 'whole'; text: string } | { kind: 'head'; text: string; pastedChars: number };

export function takeText(text: string): TakenText {
  return text.length <= WHOLE_TEXT_MAX_CHARS ? { kind: 'whole', text } : { kind: 'head', text: headerSectionOf(text), pastedChars: text.length };
}
