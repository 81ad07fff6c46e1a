import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../lib/headers';

describe('RFC 2047 encoded words', () => {
  it('B and Q encodings in UTF-8 and ISO-8859-1', () => {
    expect(decodeEncodedWords('=?UTF-8?B?8J+TpyBNYWls?=')).toBe('📧 Mail');
    expect(decodeEncodedWords('=?iso-8859-1?Q?Andr=E9_Pirard?=')).toBe('André Pirard');
  });

  it('RFC 2047 §6.2: whitespace between adjacent encoded words is dropped, other text kept', () => {
    expect(decodeEncodedWords('=?utf-8?Q?New=20Webinar=3A?=\r\n =?utf-8?Q?_So?= and more')).toBe('New Webinar: So and more');
    expect(decodeEncodedWords('Re: =?UTF-8?Q?caf=C3=A9?= time')).toBe('Re: café time');
  });

  it('RFC 2231 language suffix on the charset', () => {
    expect(decodeEncodedWords('=?US-ASCII*EN?Q?Keith_Moore?=')).toBe('Keith Moore');
  });

  it('words that cannot be decoded stay as written', () => {
    expect(decodeEncodedWords('=?x-unknown-charset?Q?abc?=')).toBe('=?x-unknown-charset?Q?abc?=');
    expect(decodeEncodedWords('=?utf-8?Q?bad=ZZ?=')).toBe('=?utf-8?Q?bad=ZZ?=');
    expect(decodeEncodedWords('=?utf-8?B?***?=')).toBe('=?utf-8?B?***?=');
  });
});
