// Every DKIM vector under ../shared/testdata/dkim (and the realworld messages whose keys the test data
// supplies), full and cut to the header block. Expected values come from SOURCES.md and the files' names.
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/auth/dkim/verify-dkim';
import type { DkimResult } from '../../../lib/auth/dkim/types';
import { splitMessage } from '../../../lib/message/split';
import { readStalwart, readTestdata, testdataZoneJson, zoneResolver } from './testdata-keys';

const resolver = zoneResolver(testdataZoneJson());
// After every t= in the vectors (the latest is 2025-02-16) and before none of their x=, except 005's.
const NOW = new Date('2025-03-01T00:00:00Z');

interface Expected {
  result: DkimResult['result'];
  code?: string;
  d: string;
  s: string;
  a?: string;
  i?: string;
  keyBits?: number;
}

const pass = (d: string, s: string, extra: Partial<Expected> = {}): Expected => ({ result: 'pass', d, s, ...extra });
const A2 = pass('example.com', 'brisbane', { a: 'rsa-sha256', i: 'joe@football.example.com', keyBits: 1024 });
const RFC8463 = [pass('football.example.com', 'brisbane', { a: 'ed25519-sha256', keyBits: 256 }), pass('football.example.com', 'test', { a: 'rsa-sha256', keyBits: 1024 })];

const VECTORS: [string, () => string, Expected[]][] = [
  ['RFC 6376 A.2 (lieser)', () => readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2.eml'), [A2]],
  ['RFC 8463 A.3 (lieser)', () => readTestdata('dkim/lieser-dkim_verifier/rfc8463-A.3.eml'), RFC8463],
  ['RFC 8463 A.3 (mailauth)', () => readTestdata('dkim/rfc8463/mailauth-signed.eml'), RFC8463],
  ['RFC 8463 keys, simple/simple (dkimpy)', () => readTestdata('dkim/dkimpy/rfc6376.signed.msg'), RFC8463],
  ['RFC 8463 re-signed (stalwart 001)', () => readStalwart('001.txt').message, RFC8463],
  ['RFC 6376 A.2 body modified', () => readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2-body_modified.eml'), [{ result: 'fail', code: 'body-hash-mismatch', d: 'example.com', s: 'brisbane' }]],
  ['RFC 6376 A.2 Subject modified', () => readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2-header_subject_modified.eml'), [{ result: 'fail', code: 'signature-invalid', d: 'example.com', s: 'brisbane' }]],
  ['RFC 6376 A.2 with an unsigned ill-formed List-ID', () => readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2-ill_formed-list_id.eml'), [A2]],
  ['RFC 6376 A.2 without v=', () => readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2-ill_formed-missing_v.eml'), [{ result: 'permerror', code: 'missing-tag', d: 'example.com', s: 'brisbane' }]],
  [
    'RFC 8463 A.3 with the selectors swapped',
    () => readTestdata('dkim/lieser-dkim_verifier/rfc8463-A.3-key_algo_mismatch.eml'),
    [
      { result: 'permerror', code: 'key-type-mismatch', d: 'football.example.com', s: 'test' },
      { result: 'permerror', code: 'key-type-mismatch', d: 'football.example.com', s: 'brisbane' },
    ],
  ],
  ['RFC 6376 A.2 with a BIMI field', () => readTestdata('dkim/lieser-dkim_verifier/bimi/rfc6376-A.2-with_bimi.eml'), [A2]],
  ...['failed-no_reason', 'failed', 'valid-a_tag', 'valid-a_tag_sha1', 'valid-auid', 'valid-no_sdid_or_auid', 'valid-sdid_and_auid', 'valid', 'valid_relaxed'].map(
    (name): [string, () => string, Expected[]] => [`RFC 6376 A.2 with Authentication-Results added (arh/${name})`, () => readTestdata(`dkim/lieser-dkim_verifier/arh/rfc6376-A.2-arh-${name}.eml`), [A2]],
  ),
  ['PKCS#1 key, i= in a subdomain, simple/simple (stalwart 002)', () => readStalwart('002.txt').message, [pass('example.com', 'newengland', { i: 'joe@football.example.com', keyBits: 1024 })]],
  ['IETF list, the same signature twice (stalwart 003)', () => readStalwart('003.txt').message, [pass('ietf.org', 'ietf1'), pass('ietf.org', 'ietf1')]],
  ['facebookmail.com, key with t=s and h=sha256 (stalwart 004)', () => readStalwart('004.txt').message, [pass('facebookmail.com', 's1024-2013-q3')]],
  ['github.com, key with t=s, i= equal to d= (stalwart 006)', () => readStalwart('006.txt').message, [pass('github.com', 'dk2016', { i: 'github@github.com' })]],
  ['Exim ed25519 (dkimpy)', () => readTestdata('dkim/dkimpy/ed25519test2.msg'), [pass('test.ex', 'sed', { a: 'ed25519-sha256', keyBits: 256 })]],
  ['degenerate folding, Gmail 2013 (dkimpy test2.message)', () => readTestdata('dkim/dkimpy/test2.message'), [pass('gmail.com', '20120113', { keyBits: 2048 })]],
  ['Gmail 2015 (MimeKit)', () => readTestdata('realworld/mimekit/gmail.msg'), [pass('gmail.com', '20120113', { keyBits: 2048 })]],
  ['kitterman.com, no key in the test data (dkimpy message.mbox)', () => readTestdata('dkim/dkimpy/message.mbox'), [{ result: 'permerror', code: 'key-not-found', d: 'kitterman.com', s: '2007-00' }]],
  ...['rfc6376.msg', 'test.message', 'test_extra.message', 'test_nofrom.message', 'ed25519test.msg'].map((file): [string, () => string, Expected[]] => [`unsigned dkimpy ${file}`, () => readTestdata(`dkim/dkimpy/${file}`), []]),
  ['unsigned fakePayPal.eml', () => readTestdata('dkim/lieser-dkim_verifier/fakePayPal.eml'), []],
  ['unsigned ill_formed-from.eml', () => readTestdata('dkim/lieser-dkim_verifier/ill_formed-from.eml'), []],
];

function summary(result: DkimResult) {
  return {
    result: result.result,
    ...('reason' in result ? { code: result.reason.code } : {}),
    d: result.d,
    s: result.s,
  };
}

describe('DKIM test vectors, full messages', () => {
  it.each(VECTORS)('%s', async (_name, read, expected) => {
    const results = await verifyDkim(splitMessage(read()), { resolver, now: NOW });
    expect(results.map(summary)).toEqual(expected.map(({ result, code, d, s }) => ({ result, ...(code ? { code } : {}), d, s })));
    results.forEach((result, index) => {
      const want = expected[index];
      if (want?.a) expect(result.a).toBe(want.a);
      if (want?.i) expect(result.i).toBe(want.i);
      if (want?.keyBits) expect(result.keyBits).toBe(want.keyBits);
      if (result.result === 'pass') expect(result.bodyChecked).toBe(true);
    });
  });
});

describe('DKIM test vectors, cut to the header block', () => {
  it.each(VECTORS)('%s', async (_name, read, expected) => {
    const text = read();
    const blank = text.search(/\r?\n\r?\n/);
    const headerBlock = splitMessage(blank === -1 ? text : text.slice(0, blank));
    expect(headerBlock.body).toBeNull();
    const results = await verifyDkim(headerBlock, { resolver, now: NOW });
    // Without a body nothing passes as a whole: a verified header signature is "header-pass", and the
    // body-modified vector, whose headers are intact, verifies too.
    const want = expected.map(({ result, code, d, s }) =>
      result === 'pass' || code === 'body-hash-mismatch' ? { result: 'header-pass', d, s } : { result, ...(code ? { code } : {}), d, s },
    );
    expect(results.map(summary)).toEqual(want);
    for (const result of results) expect(result.bodyChecked).toBe(false);
  });
});

describe('signature expiry and the receipt time', () => {
  const topicbox = () => splitMessage(readStalwart('005.txt').message);

  it('passes when judged at its receipt time, before x=', async () => {
    const [result] = await verifyDkim(topicbox(), { resolver, now: new Date('2022-11-07T17:54:30Z') });
    expect(result).toMatchObject({ result: 'pass', d: 'topicbox.com', timestamp: 1667843664, expiration: 1667930064 });
  });

  it('fails as expired when judged after x= (RFC 6376 §3.5)', async () => {
    const [result] = await verifyDkim(topicbox(), { resolver, now: NOW });
    expect(result).toMatchObject({ result: 'fail', reason: { code: 'signature-expired' } });
  });
});

describe('evidence a report needs', () => {
  it('lists the exact signed fields in h= order, an over-signed name as null', async () => {
    const [ed25519] = await verifyDkim(splitMessage(readTestdata('dkim/lieser-dkim_verifier/rfc8463-A.3.eml')), { resolver, now: NOW });
    expect(ed25519?.signedFields.map((slot) => [slot.name, slot.field?.raw.split(':')[0] ?? null])).toEqual([
      ['from', 'From'],
      ['to', 'To'],
      ['subject', 'Subject'],
      ['date', 'Date'],
      ['message-id', 'Message-ID'],
      ['from', null],
      ['subject', null],
      ['date', null],
    ]);
    expect(ed25519?.signedFields[0]?.field?.raw).toBe('From: Joe SixPack <joe@football.example.com>');
  });

  it('records the key query it made', async () => {
    const [result] = await verifyDkim(splitMessage(readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2.eml')), { resolver, now: NOW });
    expect(result?.recordQueries).toHaveLength(1);
    expect(result?.recordQueries[0]).toMatchObject({ kind: 'answer', name: 'brisbane._domainkey.example.com', type: 'TXT', rcode: 'NOERROR' });
  });

  it('says which fields are not signed and why', async () => {
    const [result] = await verifyDkim(splitMessage(readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2-ill_formed-list_id.eml')), { resolver, now: NOW });
    expect(result?.unsignedFields).toEqual([{ name: 'List-ID', line: 17, why: 'not-in-h' }]);
  });
});
