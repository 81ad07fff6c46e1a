// Signatures made in the test (test/helpers/signer.ts) to reach the cases the published vectors do not:
// dkimpy's key files, weak keys, rsa-sha1, l=, t=/x=, tag errors, over-signing.
import { describe, expect, it } from 'vitest';
import type { DkimResult } from '../../../lib/auth/dkim/types';
import { verifyDkim } from '../../../lib/auth/dkim/verify-dkim';
import { splitMessage } from '../../../lib/message/split';
import { generateEd25519Key, generateRsaKey, importEd25519Seed, importRsaPrivateKeyPem, keyRecord, signDkim, type SigningKey } from '../../helpers/signer';
import { readTestdata, zoneResolver } from './testdata-keys';
import { formatFor } from '../../../lib/i18n/format';
import { catalogFor } from '../../../lib/i18n/render';
import { dkimReasonText } from '../../../lib/i18n/checks';

const now = new Date('2025-03-01T00:00:00Z');
const NOW_SECONDS = now.getTime() / 1000;
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

async function verifyOne(text: string, records: Record<string, string>, at = now): Promise<DkimResult> {
  const zone = Object.fromEntries(Object.entries(records).map(([name, record]) => [name, { TXT: [record] }]));
  const results = await verifyDkim(splitMessage(text), { resolver: zoneResolver(zone), now: at });
  expect(results).toHaveLength(1);
  return results[0] as DkimResult;
}

describe("dkimpy's key files, with messages signed here by dkimpy's private keys", () => {
  const name = 'test._domainkey.example.com';
  let rsa: SigningKey;
  const signed = async (file = 'test.message', headers = ['from', 'to', 'subject', 'date', 'message-id']) =>
    signDkim(crlf(readTestdata(`dkim/dkimpy/${file}`)), { key: rsa, domain: 'example.com', selector: 'test', headers });

  it.each([
    ['test.txt', 'pass', null],
    ['test2.txt (no k=, RSA by default)', 'pass', null],
    ['badk.txt (k=ed25519-sha256 is no key type)', 'permerror', 'key-type-mismatch'],
    ['badversion.txt (v=DKIM1: g=*)', 'permerror', 'key-syntax'],
    ['test_tlsrpt.txt (s=tlsrpt)', 'permerror', 'key-not-for-email'],
    ['test_bad.txt (the last octets of the key altered: no longer DER)', 'permerror', 'key-invalid'],
  ])('%s', async (label, result, code) => {
    rsa ??= await importRsaPrivateKeyPem(readTestdata('dkim/dkimpy/test.private'));
    const record = readTestdata(`dkim/dkimpy/${label.split(' ')[0]}`).trim();
    const outcome = await verifyOne(await signed(), { [name]: record });
    expect(outcome.result).toBe(result);
    if (code) expect(outcome).toMatchObject({ reason: { code } });
  });

  it('a signature whose h= lacks From is a permerror (test_nofrom.message)', async () => {
    rsa ??= await importRsaPrivateKeyPem(readTestdata('dkim/dkimpy/test.private'));
    const text = await signed('test_nofrom.message', ['to', 'subject', 'date', 'message-id']);
    const outcome = await verifyOne(text, { [name]: readTestdata('dkim/dkimpy/test.txt').trim() });
    expect(outcome).toMatchObject({ result: 'permerror', reason: { code: 'from-not-signed', detail: { problem: 'from-not-signed' } } });
    // The detail names nothing its code does not: the reason says it once, in each language.
    if (outcome.result !== 'permerror') return;
    expect(dkimReasonText(outcome, catalogFor('en'))).toBe('h= does not include From (RFC 6376 §5.4)');
    expect(dkimReasonText(outcome, catalogFor('fr'))).toBe('h= ne contient pas From (RFC 6376 §5.4)');
  });

  it('ed25519test.key verifies against ed25519test.dns', async () => {
    const key = await importEd25519Seed(readTestdata('dkim/dkimpy/ed25519test.key').trim());
    expect(`k=ed25519; p=${key.publicKey}`).toBe(readTestdata('dkim/dkimpy/ed25519test.dns').trim());
    const text = await signDkim(crlf(readTestdata('dkim/dkimpy/ed25519test.msg')), { key, domain: 'example.com', selector: 'ed', headers: ['from', 'to', 'subject'] });
    expect(await verifyOne(text, { 'ed._domainkey.example.com': readTestdata('dkim/dkimpy/ed25519test.dns').trim() })).toMatchObject({ result: 'pass', a: 'ed25519-sha256', keyBits: 256 });
  });

  it('over-signing: a Received added after signing breaks a signature that listed one Received too many (test_extra.message)', async () => {
    rsa ??= await importRsaPrivateKeyPem(readTestdata('dkim/dkimpy/test.private'));
    const text = await signed('test_extra.message', ['from', 'received', 'received', 'received']);
    const record = { [name]: readTestdata('dkim/dkimpy/test.txt').trim() };
    const intact = await verifyOne(text, record);
    expect(intact.result).toBe('pass');
    expect(intact.signedFields.map((slot) => slot.field?.line ?? null)).toEqual([6, 3, 2, null]);
    const [signature, ...rest] = text.split('\r\n');
    expect((await verifyOne([signature, 'Received: from attacker', ...rest].join('\r\n'), record)).result).toBe('fail');
  });
});

describe('generated keys', () => {
  const message = crlf('From: a@example.org\nTo: b@example.net\nSubject: hi\nDate: Sat, 1 Mar 2025 00:00:00 +0000\n\nbody line\n');
  const headers = ['from', 'to', 'subject', 'date'];

  it.each(['simple/simple', 'simple/relaxed', 'relaxed/simple', 'relaxed/relaxed'] as const)('verifies c=%s', async (canonicalization) => {
    const key = await generateEd25519Key();
    const text = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers, canonicalization });
    expect((await verifyOne(text, { 'k._domainkey.example.org': keyRecord(key) })).result).toBe('pass');
  });

  it('an intact rsa-sha1 signature does not pass: RFC 8301 §3.1 (it passed before)', async () => {
    const key = await generateRsaKey(1024, 'SHA-1');
    const text = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers, algorithm: 'rsa-sha1' });
    const result = await verifyOne(text, { 'k._domainkey.example.org': keyRecord(key) });
    expect(result).toMatchObject({ result: 'permerror', a: 'rsa-sha1', reason: { code: 'sha1' } });
    // The check states the code; the catalogs say why, citing the RFC.
    expect(catalogFor('en').checks.dkimReason('sha1', result, formatFor('en'))).toContain('RFC 8301 §3.1');
    expect(catalogFor('fr').checks.dkimReason('sha1', result, formatFor('fr'))).toContain('RFC 8301 §3.1');
    expect(result.warnings).toContainEqual({ code: 'sha1' });
  });

  it('an intact signature by a 512-bit key does not pass: RFC 8301 §3.2 (it passed before)', async () => {
    const key = await generateRsaKey(512);
    const text = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers });
    const result = await verifyOne(text, { 'k._domainkey.example.org': keyRecord(key) });
    expect(result).toMatchObject({ result: 'permerror', keyBits: 512, reason: { code: 'weak-key' } });
    expect(result.warnings).toContainEqual({ code: 'weak-key', bits: 512 });
  });

  it('a 1024-bit rsa-sha256 key is the smallest that passes', async () => {
    const key = await generateRsaKey(1024);
    const text = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers });
    expect(await verifyOne(text, { 'k._domainkey.example.org': keyRecord(key) })).toMatchObject({ result: 'pass', keyBits: 1024 });
  });

  it('l=: text appended after signing passes with a warning; a body cut shorter than l= fails', async () => {
    const key = await generateEd25519Key();
    const record = { 'k._domainkey.example.org': keyRecord(key) };
    const text = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers, bodyLength: 11, canonicalization: 'simple/simple' });
    const appended = await verifyOne(`${text}appended by a list\r\n`, record);
    expect(appended.result).toBe('pass');
    expect(appended.warnings).toContainEqual({ code: 'body-length-limited', signedOctets: 11, canonicalOctets: 31 });
    expect(await verifyOne(text.replace('body line\r\n', 'body\r\n'), record)).toMatchObject({ result: 'fail', reason: { code: 'body-shorter-than-l' } });
  });

  it('two signatures with the same c= and a= but different l= each get their own body hash', async () => {
    const key = await generateEd25519Key();
    const limited = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers, bodyLength: 4, canonicalization: 'simple/simple' });
    const both = await signDkim(limited, { key, domain: 'example.org', selector: 'k', headers, canonicalization: 'simple/simple' });
    const results = await verifyDkim(splitMessage(both), { resolver: zoneResolver({ 'k._domainkey.example.org': { TXT: [keyRecord(key)] } }), now });
    expect(results.map((result) => result.result)).toEqual(['pass', 'pass']);
    expect(results[1]?.warnings).toContainEqual({ code: 'body-length-limited', signedOctets: 4, canonicalOctets: 11 });
  });

  it('t= in the future is flagged, x= in the past fails, x= not after t= is a permerror', async () => {
    const key = await generateEd25519Key();
    const record = { 'k._domainkey.example.org': keyRecord(key) };
    const sign = (timestamp: number, expiration?: number) => signDkim(message, { key, domain: 'example.org', selector: 'k', headers, timestamp, expiration });
    const future = await verifyOne(await sign(NOW_SECONDS + 3600), record);
    expect(future.result).toBe('pass');
    expect(future.warnings).toContainEqual({ code: 'timestamp-in-future', seconds: 3600 });
    expect(await verifyOne(await sign(NOW_SECONDS - 7200, NOW_SECONDS - 3600), record)).toMatchObject({ result: 'fail', reason: { code: 'signature-expired' } });
    expect(await verifyOne(await sign(NOW_SECONDS, NOW_SECONDS), record)).toMatchObject({ result: 'permerror', reason: { code: 'expiration-before-timestamp' } });
  });

  it('i= outside d= is a permerror', async () => {
    const key = await generateEd25519Key();
    const text = await signDkim(message, { key, domain: 'example.org', selector: 'k', headers, auid: 'someone@evil.example' });
    expect(await verifyOne(text, { 'k._domainkey.example.org': keyRecord(key) })).toMatchObject({ result: 'permerror', reason: { code: 'auid-not-in-sdid' }, i: 'someone@evil.example' });
  });
});

describe('malformed signatures never throw', () => {
  const body = '\r\nbody\r\n';
  it.each([
    ['a duplicate tag', 'v=1; a=rsa-sha256; d=example.org; s=k; h=from; bh=AAAA; b=AAAA; d=example.org', 'permerror', 'syntax'],
    ['a bh= that is not base64', 'v=1; a=rsa-sha256; d=example.org; s=k; h=from; bh=@@@; b=AAAA', 'permerror', 'bad-base64'],
    ['an unknown algorithm', 'v=1; a=rsa-sha512; d=example.org; s=k; h=from; bh=AAAA; b=AAAA', 'neutral', 'unsupported-algorithm'],
    ['an unknown canonicalization', 'v=1; a=rsa-sha256; c=loose; d=example.org; s=k; h=from; bh=AAAA; b=AAAA', 'neutral', 'unsupported-canonicalization'],
    ['v=2', 'v=2; a=rsa-sha256; d=example.org; s=k; h=from; bh=AAAA; b=AAAA', 'permerror', 'unsupported-version'],
    ['no d=', 'v=1; a=rsa-sha256; s=k; h=from; bh=AAAA; b=AAAA', 'permerror', 'missing-tag'],
    ['a d= that is no domain', 'v=1; a=rsa-sha256; d=exa mple..org; s=k; h=from; bh=AAAA; b=AAAA', 'permerror', 'syntax'],
    ['an i= without "@"', 'v=1; a=rsa-sha256; d=example.org; i=example.org; s=k; h=from; bh=AAAA; b=AAAA', 'permerror', 'syntax'],
    ['garbage', ';;;===', 'permerror', 'syntax'],
  ])('%s', async (_label, value, result, code) => {
    const results = await verifyDkim(splitMessage(`DKIM-Signature: ${value}\r\nFrom: a@example.org${body}`), { resolver: zoneResolver({}), now });
    expect(results[0]).toMatchObject({ result, reason: { code }, bodyChecked: false, recordQueries: [] });
  });
});
