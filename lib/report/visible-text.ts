// Header and DNS text comes from whoever sent the message or runs the DNS. Shown as it is, a control
// character can rewrite a terminal (ESC colour and OSC 8 link sequences, CR over a line, C1 CSI), and a
// bidirectional control (RFC 9839 §4 "problematic code points"; Unicode UAX #9) can make text read in
// another order than it is stored. The one way such text is shown: each of those characters spelled out,
// `\x1b` for a control, `<U+202E>` for a bidi or line-separator control, so the reader sees them.

// C0 controls, DEL and C1 controls (U+0080-U+009F: U+009B is a one-byte CSI on many terminals).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Arabic letter mark, LRM/RLM, the embeddings and overrides, the isolates, and the line and paragraph separators.
const BIDI_AND_SEPARATORS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export interface VisibleOptions {
  /** Keep LF (and turn CR LF or a lone CR into LF) for multi-line blocks; otherwise every line break is spelled out. */
  lines?: boolean;
  /** Keep horizontal tabs as they are. */
  tabs?: boolean;
}

export function showControls(text: string, options: VisibleOptions = {}): string {
  const normalized = options.lines ? text.replace(/\r\n?/g, '\n') : text;
  return normalized
    .replace(CONTROL, (c) => ((options.lines && c === '\n') || (options.tabs && c === '\t') ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`))
    .replace(BIDI_AND_SEPARATORS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

