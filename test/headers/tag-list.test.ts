import { describe, expect, it } from 'vitest';
import { decodeBase64Tag, parseTagList, splitColonList } from '../../lib/headers/tag-list';
import { catalogFor } from '../../lib/i18n/render';
import { formatFor } from '../../lib/i18n/format';

const words = (lang: 'en' | 'fr') => (error: Parameters<ReturnType<typeof catalogFor>['parseProblems']['tagList']>[0]) => catalogFor(lang).parseProblems.tagList(error, formatFor(lang));

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
    if (!result.ok) throw new Error(words('en')(result.error));
    const b = result.list.tags.get('b');
    expect(b?.value).toBe('AbC\r\n dEf');
    expect(text.slice(0, b?.valueStart) + text.slice(b?.valueEnd)).toBe('a=1; b=; c=2');
  });

  it('allows an empty value', () => {
    const result = parseTagList('v=DKIM1; p=');
    expect(result.ok && result.list.tags.get('p')?.value).toBe('');
  });

  it('reports a duplicate tag, worded in English and French', () => {
    const result = parseTagList('a=1; b=2; a=3');
    expect(result).toEqual({ ok: false, error: { problem: 'duplicate-tag', tag: 'a' } });
    if (result.ok) return;
    expect(words('en')(result.error)).toBe('tag a= appears more than once');
    expect(words('fr')(result.error)).toBe('la balise « a= » apparaît plusieurs fois');
  });

  it('reports a missing required tag, worded in English and French', () => {
    const result = parseTagList('v=1; a=rsa-sha256', ['v', 'a', 'b']);
    expect(result).toEqual({ ok: false, error: { problem: 'missing-tag', tag: 'b' } });
    if (result.ok) return;
    expect(words('en')(result.error)).toBe('required tag b= is missing');
    expect(words('fr')(result.error)).toBe('la balise obligatoire « b= » manque');
  });

  it.each([
    ['a spec without "="', 'v=1; junk', { problem: 'no-equals', text: 'junk' }, '"junk" has no "="', '« junk » n\'a pas de « = »'],
    ['a tag name starting with a digit', '1a=x', { problem: 'bad-tag-name', name: '1a' }, '"1a" is not a valid tag name', '« 1a » n\'est pas un nom de balise valide'],
    ['an empty spec in the middle', 'a=1;; b=2', { problem: 'empty-tag-spec', offset: 4 }, 'empty tag-spec at offset 4', 'balise vide à la position 4'],
    ['an empty list', '  ', { problem: 'empty-list' }, 'the tag list is empty', 'la liste de balises est vide'],
  ])('reports a syntax error for %s, with its facts and words', (_label, text, error, english, french) => {
    const result = parseTagList(text);
    expect(result).toEqual({ ok: false, error });
    if (result.ok) return;
    expect(words('en')(result.error)).toBe(english);
    expect(words('fr')(result.error)).toBe(french);
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
    const result = decodeBase64Tag('bh', value);
    expect(result).toEqual({ ok: false, error: { problem: 'bad-base64', tag: 'bh' } });
    if (!result.ok) expect([words('en')(result.error), words('fr')(result.error)]).toEqual(['bh= is not valid base64', 'la valeur de la balise « bh= » n\'est pas du base64 valide']);
  });
});

describe('splitColonList', () => {
  it('trims folding whitespace around each item', () => {
    expect(splitColonList('from : to :\r\n subject')).toEqual(['from', 'to', 'subject']);
  });
});
