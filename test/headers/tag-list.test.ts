import { describe, expect, it } from 'vitest';
import { decodeBase64Tag, parseTagList, splitColonList } from '../../lib/headers/tag-list';

describe('parseTagList (RFC 6376 §3.2)', () => {
  it('reads tags with folding whitespace around names, "=" and values, and a trailing ";"', () => {
    const result = parseTagList(' v=1;\r\n\ta = rsa-sha256 ;\r\n h=From : To; ');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.list.order).toEqual(['v', 'a', 'h']);
    expect(result.list.tags.get('a')?.value).toBe('rsa-sha256');
    expect(result.list.tags.get('h')?.value).toBe('From : To');
  });

  it('keeps the offsets of each value so b= can be emptied in place', () => {
    const text = 'a=1; b= AbC\r\n dEf ; c=2';
    const result = parseTagList(text);
    if (!result.ok) throw new Error(result.error.message);
    const b = result.list.tags.get('b');
    expect(b?.value).toBe('AbC\r\n dEf');
    expect(text.slice(0, b?.valueStart) + text.slice(b?.valueEnd)).toBe('a=1; b=; c=2');
  });

  it('allows an empty value', () => {
    const result = parseTagList('v=DKIM1; p=');
    expect(result.ok && result.list.tags.get('p')?.value).toBe('');
  });

  it('reports a duplicate tag', () => {
    expect(parseTagList('a=1; b=2; a=3')).toEqual({ ok: false, error: { code: 'duplicate-tag', tag: 'a', message: 'tag a= appears more than once' } });
  });

  it('reports a missing required tag', () => {
    const result = parseTagList('v=1; a=rsa-sha256', ['v', 'a', 'b']);
    expect(result).toEqual({ ok: false, error: { code: 'missing-tag', tag: 'b', message: 'required tag b= is missing' } });
  });

  it.each([
    ['a spec without "="', 'v=1; junk'],
    ['a tag name starting with a digit', '1a=x'],
    ['an empty spec in the middle', 'a=1;; b=2'],
    ['an empty list', '  '],
  ])('reports a syntax error for %s', (_label, text) => {
    const result = parseTagList(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('syntax');
  });
});

describe('decodeBase64Tag', () => {
  it('ignores folding whitespace inside the value', () => {
    const result = decodeBase64Tag('b', 'SGVs\r\n bG8=');
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('Hello');
  });

  it('accepts a value without its padding', () => {
    const result = decodeBase64Tag('bh', 'SGVsbG8');
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe('Hello');
  });

  it.each(['SGV$bG8=', 'S', 'SG=Vs'])('rejects %j as bad base64 naming the tag', (value) => {
    expect(decodeBase64Tag('bh', value)).toEqual({ ok: false, error: { code: 'bad-base64', tag: 'bh', message: 'bh= is not valid base64' } });
  });
});

describe('splitColonList', () => {
  it('trims folding whitespace around each item', () => {
    expect(splitColonList('from : to :\r\n subject')).toEqual(['from', 'to', 'subject']);
  });
});
