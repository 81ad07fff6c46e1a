// A bounce (RFC 3464 multipart/report), an ARF complaint (RFC 5965) or a message forwarded as an
// attachment carries the original as a message/rfc822 part (RFC 2046 §5.2.1), or only its header
// section as text/rfc822-headers (RFC 6522 §4). The agent usually wants that inner message analysed,
// so it is offered alongside the outer one.

export type EmbeddedContentType = 'message/rfc822' | 'message/global' | 'text/rfc822-headers';

export interface EmbeddedMessage {
  contentType: EmbeddedContentType;
  /** The inner message's text (CRLF line endings), transfer encoding removed. */
  text: string;
}

// Found with one scan of the body; the pattern has no nested quantifiers.
const PART_TYPE = /^Content-Type:[ \t]*(message\/rfc822|message\/global|text\/rfc822-headers)\b/im;

/** The first embedded message in a body, or null. The body uses CRLF line endings. */
export function findEmbeddedMessage(body: string): EmbeddedMessage | null {
  const match = PART_TYPE.exec(body);
  if (!match?.[1]) return null;
  const contentType = match[1].toLowerCase() as EmbeddedContentType;
  // The part's own header section ends at its first blank line.
  const partHeaderEnd = body.indexOf('\r\n\r\n', match.index);
  if (partHeaderEnd < 0) return null;
  const partHeaders = body.slice(match.index, partHeaderEnd);
  const start = partHeaderEnd + 4;
  // The enclosing multipart's delimiter is the last "--boundary" line before the part; the CRLF before
  // the next delimiter belongs to it (RFC 2046 §5.1.1), not to the inner message.
  const previous = body.lastIndexOf('\r\n--', match.index);
  const lineStart = previous >= 0 ? previous + 2 : body.startsWith('--') ? 0 : -1;
  let end = body.length;
  if (lineStart >= 0) {
    const lineEnd = body.indexOf('\r\n', lineStart);
    const delimiter = '\r\n' + body.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trimEnd();
    const next = body.indexOf(delimiter, start - 2);
    if (next >= 0) end = Math.max(next, start);
  }
  let text = body.slice(start, end);
  const encoding = /Content-Transfer-Encoding:[ \t]*([A-Za-z0-9-]+)/i.exec(partHeaders)?.[1]?.toLowerCase();
  if (encoding === 'base64') {
    const decoded = decodeBase64Text(text);
    if (decoded === null) return null;
    text = decoded.replace(/\r?\n/g, '\r\n');
  }
  if (text.trim() === '') return null;
  return { contentType, text };
}

function decodeBase64Text(text: string): string | null {
  try {
    const binary = atob(text.replace(/[\r\n\t ]/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  } catch {
    return null;
  }
}
