import { describe, expect, it } from 'vitest';
import { feedBody } from '../../../lib/auth/dkim/body-canonicalizer';
import { canonicalizeBodyRelaxed } from '../../../lib/auth/dkim/canonicalize-body-relaxed';
import { canonicalizeBodySimple } from '../../../lib/auth/dkim/canonicalize-body-simple';
import { canonicalizeHeaderRelaxed } from '../../../lib/auth/dkim/canonicalize-header-relaxed';
import { canonicalizeHeaderSimple } from '../../../lib/auth/dkim/canonicalize-header-simple';

function body(kind: 'simple' | 'relaxed', text: string): string {
  let out = '';
  const sink = { write: (chunk: string) => void (out += chunk) };
  feedBody(text, kind === 'simple' ? canonicalizeBodySimple(sink) : canonicalizeBodyRelaxed(sink));
  return out;
}

// RFC 6376 §3.4.5, the worked example.
const EXAMPLE_HEADERS = ['A: X', 'B : Y\t\r\n\tZ  '];
const EXAMPLE_BODY = ' C \r\nD \t E\r\n\r\n\r\n';

describe('header canonicalization (RFC 6376 §3.4.1, §3.4.2)', () => {
  it('relaxed: lower-case names, unfolded, WSP runs reduced, WSP around the colon and at the end removed', () => {
    expect(EXAMPLE_HEADERS.map(canonicalizeHeaderRelaxed)).toEqual(['a:X', 'b:Y Z']);
  });

  it('simple: the field unchanged', () => {
    expect(EXAMPLE_HEADERS.map(canonicalizeHeaderSimple)).toEqual(EXAMPLE_HEADERS);
  });

  it('relaxed keeps non-ASCII text as is', () => {
    expect(canonicalizeHeaderRelaxed('To: Suzie ß <suzie@example.net>')).toBe('to:Suzie ß <suzie@example.net>');
  });
});

describe('body canonicalization (RFC 6376 §3.4.3, §3.4.4)', () => {
  it('relaxed: the §3.4.5 example', () => {
    expect(body('relaxed', EXAMPLE_BODY)).toBe(' C\r\nD E\r\n');
  });

  it('simple: the §3.4.5 example', () => {
    expect(body('simple', EXAMPLE_BODY)).toBe(' C \r\nD \t E\r\n');
  });

  it('keeps empty lines between text lines', () => {
    expect(body('simple', 'a\r\n\r\n\r\nb\r\n\r\n')).toBe('a\r\n\r\n\r\nb\r\n');
    expect(body('relaxed', 'a\r\n \t\r\n\r\nb\r\n \r\n')).toBe('a\r\n\r\n\r\nb\r\n');
  });

  it('an empty body is one CRLF for simple and nothing for relaxed', () => {
    expect(body('simple', '')).toBe('\r\n');
    expect(body('simple', '\r\n\r\n')).toBe('\r\n');
    expect(body('relaxed', '')).toBe('');
    expect(body('relaxed', '\r\n \r\n')).toBe('');
  });

  it('adds the CRLF a last line lacks', () => {
    expect(body('simple', 'last')).toBe('last\r\n');
    expect(body('relaxed', 'last  ')).toBe('last\r\n');
  });
});
