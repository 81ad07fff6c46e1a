// RFC 6376 §3.4.4 "relaxed" body canonicalization, one line at a time so a large body is never copied.
import type { BodyCanonicalizer, CanonicalSink } from './body-canonicalizer';

export function canonicalizeBodyRelaxed(sink: CanonicalSink): BodyCanonicalizer {
  let pendingEmptyLines = 0;
  return {
    line(content: string) {
      // WSP at the end of a line is deleted, other runs of WSP become one space.
      const reduced = content.replace(/[ \t]+/g, ' ').replace(/ $/, '');
      if (reduced === '') {
        pendingEmptyLines++;
        return;
      }
      for (; pendingEmptyLines > 0; pendingEmptyLines--) sink.write('\r\n');
      sink.write(reduced);
      sink.write('\r\n');
    },
    end() {
      // Empty lines at the end are ignored; an empty body stays empty (RFC 6376 errata 1384).
    },
  };
}
