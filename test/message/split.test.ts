import { describe, expect, it } from 'vitest';
import { unfold } from '../../lib/headers';
import { findHeaderBoundary, splitMessage } from '../../lib/message';

describe('splitting header fields from the body (RFC 5322 §2.1, §2.2)', () => {
  it('keeps each field raw, folding included, with CRLF line endings', () => {
    const split = splitMessage('Subject: a\n long subject\nFrom: x@example.com\n\nbody line 1\nbody line 2\n');
    expect(split.fields.map((field) => field.raw)).toEqual(['Subject: a\r\n long subject', 'From: x@example.com']);
    expect(split.fields[0]).toMatchObject({ name: 'Subject', key: 'subject', value: ' a\r\n long subject', line: 1 });
    expect(split.fields[1]?.line).toBe(3);
    expect(split.body).toBe('body line 1\r\nbody line 2\r\n');
  });

  it('leaves a CRLF body as it is', () => {
    const body = 'one\r\ntwo\r\n';
    expect(splitMessage(`A: b\r\n\r\n${body}`).body).toBe(body);
  });

  it('a header block alone has no body', () => {
    expect(splitMessage('A: b\r\nC: d\r\n').body).toBeNull();
    expect(splitMessage('A: b').body).toBeNull();
  });

  it('field names keep their case and any space before the colon', () => {
    const split = splitMessage('DKIM-Signature : v=1\r\n\r\n');
    expect(split.fields[0]).toMatchObject({ name: 'DKIM-Signature', key: 'dkim-signature', value: ' v=1' });
  });

  it('lines that are neither a field nor a continuation are kept as stray lines', () => {
    expect(splitMessage('A: b\r\nnot a field\r\nC: d\r\n').strayLines).toEqual([{ line: 2, text: 'not a field' }]);
  });

  it('finds the boundary without reading the body', () => {
    const text = 'A: b\r\nC: d\r\n\r\nbody';
    expect(findHeaderBoundary(text)).toEqual({ headerEnd: 12, bodyStart: 14 });
    expect(findHeaderBoundary('A: b\n\nx')).toEqual({ headerEnd: 5, bodyStart: 6 });
  });

  it('unfold removes CRLF before whitespace (RFC 5322 §2.2.3)', () => {
    expect(unfold(' a\r\n b\r\n\tc ')).toBe('a b\tc');
  });
});
