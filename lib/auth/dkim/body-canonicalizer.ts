// The line-by-line shape shared by the two body canonicalizations, and the walk over a body.

export interface CanonicalSink {
  write(text: string): void;
}

export interface BodyCanonicalizer {
  /** One body line without its CRLF. */
  line(content: string): void;
  end(): void;
}

/**
 * Feeds the body (CRLF line endings, as splitMessage returns it) to a canonicalizer line by line.
 * Substrings of a string are views in V8, so this walk does not copy the body.
 */
export function feedBody(body: string, canonicalizer: BodyCanonicalizer): void {
  let position = 0;
  while (position < body.length) {
    const lineEnd = body.indexOf('\r\n', position);
    if (lineEnd === -1) {
      // §3.4.3/§3.4.4: a last line without CRLF is canonicalized as if it had one.
      canonicalizer.line(body.substring(position));
      break;
    }
    canonicalizer.line(body.substring(position, lineEnd));
    position = lineEnd + 2;
  }
  canonicalizer.end();
}
