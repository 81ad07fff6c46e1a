// The one gate between header or DNS text and a terminal: every human-output line of the CLI passes its
// message-derived text through terminalSafe, so an ESC sequence, an OSC 8 link, a CR that rewrites the
// line, a C1 CSI (U+009B) or a line break in an encoded-word Subject (a fake second "Verdict:" line) is
// shown as `\x1b`, `\x0d`, ... and a bidi override as `<U+202E>`.
import { showControls } from '../report/visible-text';

export function terminalSafe(text: string): string {
  return showControls(text);
}
