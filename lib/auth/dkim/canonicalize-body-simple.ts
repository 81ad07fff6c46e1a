// RFC 6376 §3.4.3 "simple" body canonicalization, one line at a time so a large body is never copied.
import type { BodyCanonicalizer, CanonicalSink } from './body-canonicalizer';

export function canonicalizeBodySimple(sink: CanonicalSink): BodyCanonicalizer {
  let pendingEmptyLines = 0;
  let wroteLine = false;
  return {
    line(content: string) {
      // Trailing empty lines are ignored, so hold empty lines until a non-empty one follows.
      if (content === '') {
        pendingEmptyLines++;
        return;
      }
      for (; pendingEmptyLines > 0; pendingEmptyLines--) sink.write('\r\n');
      sink.write(content);
      sink.write('\r\n');
      wroteLine = true;
    },
    end() {
      // §3.4.3: an empty body (or one of empty lines only) canonicalizes to a single CRLF.
      if (!wroteLine) sink.write('\r\n');
    },
  };
}
