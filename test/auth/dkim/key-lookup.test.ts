// The key record at <s>._domainkey.<d> and what each shape of DNS answer makes of a signature, using the
// RFC 6376 A.2 message (s=brisbane, d=example.com) whose real key the test data supplies.
import { describe, expect, it } from 'vitest';
import { verifyDkim } from '../../../lib/auth/dkim/verify-dkim';
import type { DnsResult, RecordType, Resolver } from '../../../lib/dns/types';
import { dkimReasonText } from '../../../lib/i18n/checks';
import { catalogFor } from '../../../lib/i18n/render';
import { splitMessage } from '../../../lib/message/split';
import { readTestdata, testdataZoneJson, zoneResolver } from './testdata-keys';

const NAME = 'brisbane._domainkey.example.com';
const REAL_KEY = (testdataZoneJson()[NAME]?.TXT as string[])[0] as string;
const P = REAL_KEY.slice(REAL_KEY.indexOf('p=') + 2);
const message = () => splitMessage(readTestdata('dkim/lieser-dkim_verifier/rfc6376-A.2.eml'));
const now = new Date('2025-03-01T00:00:00Z');

async function verifyWith(resolver: Resolver) {
  const [result] = await verifyDkim(message(), { resolver, now });
  if (!result) throw new Error('the A.2 message has one signature');
  return result;
}

const withTxt = (...records: (string | string[])[]) => zoneResolver({ [NAME]: { TXT: records } });

/** A resolver whose every answer has the given rcode, as a real server's SERVFAIL or REFUSED would. */
function answering(rcode: 'SERVFAIL' | 'REFUSED'): Resolver {
  return {
    label: `test server answering ${rcode}`,
    async query(name: string, type: RecordType): Promise<DnsResult> {
      return { kind: 'answer', name, type, rcode, answers: [], cnameChain: [], ad: false, ms: 1, resolver: this.label };
    },
  };
}

describe('key record lookup outcomes', () => {
  it('passes with the real key split over several character-strings', async () => {
    expect(await verifyWith(withTxt(['v=DKIM1; p=', P.slice(0, 100), P.slice(100)]))).toMatchObject({ result: 'pass', keyBits: 1024 });
  });

  it.each([
    ['an unknown tag and an empty note', `v=DKIM1; g=*; n=; p=${P}`],
    ['s=email', `v=DKIM1; s=email; p=${P}`],
    ['s=*', `v=DKIM1; s=*; p=${P}`],
    ['h=sha1:sha256', `v=DKIM1; h=sha1:sha256; p=${P}`],
    ['no v=', `k=rsa; p=${P}`],
  ])('passes with %s', async (_label, record) => {
    expect((await verifyWith(withTxt(record))).result).toBe('pass');
  });

  it('flags t=y (testing) but still reports the verification result', async () => {
    const result = await verifyWith(withTxt(`v=DKIM1; t=y; p=${P}`));
    expect(result.result).toBe('pass');
    expect(result.warnings).toContainEqual({ code: 'testing-mode' });
  });

  it.each([
    ['an empty p= (revoked key)', [`v=DKIM1; p=`], 'key-revoked', undefined],
    ['two TXT records', [`v=DKIM1; p=${P}`, 'v=spf1 -all'], 'key-multiple-records', { problem: 'several-keys', count: 2 }],
    ['v= not DKIM1', [`v=DKIM2; p=${P}`], 'key-syntax', { problem: 'key-version', value: 'DKIM2' }],
    ['v= not first', [`p=${P}; v=DKIM1`], 'key-syntax', { problem: 'key-version', value: 'DKIM1' }],
    ['no p=', ['v=DKIM1; k=rsa'], 'key-syntax', { problem: 'missing-tag', tag: 'p' }],
    ['a duplicate tag', [`v=DKIM1; p=${P}; p=${P}`], 'key-syntax', { problem: 'duplicate-tag', tag: 'p' }],
    ['p= not base64', ['v=DKIM1; p=not*base64'], 'key-syntax', { problem: 'bad-base64', tag: 'p' }],
    ['h=sha1 only', [`v=DKIM1; h=sha1; p=${P}`], 'key-hash-not-allowed', undefined],
    ['s=other', [`v=DKIM1; s=other; p=${P}`], 'key-not-for-email', undefined],
    ['k=ed25519 for an RSA signature', [`v=DKIM1; k=ed25519; p=${P}`], 'key-type-mismatch', undefined],
    ['p= that is not a key', ['v=DKIM1; p=SGVsbG8gd29ybGQ='], 'key-invalid', { problem: 'not-rsa-key' }],
  ])('is a permerror with %s, with the facts of what is wrong', async (_label, records, code, detail) => {
    const result = await verifyWith(withTxt(...records));
    expect(result).toMatchObject({ result: 'permerror', reason: { code } });
    if (result.result === 'permerror') expect(result.reason.detail).toEqual(detail);
  });

  it('a malformed key record is worded with what is wrong, in English and French', async () => {
    const result = await verifyWith(withTxt('v=DKIM1; p=not*base64'));
    if (result.result !== 'permerror') throw new Error(`expected a permerror, got ${result.result}`);
    expect(dkimReasonText(result, catalogFor('en'))).toBe(`The key record at ${NAME} is malformed: p= is not valid base64`);
    expect(dkimReasonText(result, catalogFor('fr'))).toBe(`L'enregistrement de clé sur ${NAME} est mal formé : la valeur de la balise « p= » n'est pas du base64 valide`);
  });

  it('NXDOMAIN is a permerror whose reason says the key was not found', async () => {
    const result = await verifyWith(zoneResolver({}));
    expect(result).toMatchObject({ result: 'permerror', reason: { code: 'key-not-found', detail: { problem: 'no-key', rcode: 'NXDOMAIN' } } });
    if (result.result === 'permerror') expect(dkimReasonText(result, catalogFor('en'))).toBe(`No key is published at ${NAME}: the name does not exist (NXDOMAIN)`);
    expect(result.recordQueries).toMatchObject([{ name: NAME, rcode: 'NXDOMAIN' }]);
  });

  it('a name without TXT records (NODATA) is key-not-found too', async () => {
    expect(await verifyWith(zoneResolver({ [NAME]: { A: ['192.0.2.1'] } }))).toMatchObject({ result: 'permerror', reason: { code: 'key-not-found' } });
  });

  it('a timeout is a temperror', async () => {
    const result = await verifyWith(zoneResolver({ [NAME]: { TXT: 'TIMEOUT' } }));
    expect(result).toMatchObject({ result: 'temperror', reason: { code: 'dns-failure' }, bodyChecked: false });
  });

  it.each(['SERVFAIL', 'REFUSED'] as const)('%s is a temperror', async (rcode) => {
    const result = await verifyWith(answering(rcode));
    expect(result).toMatchObject({ result: 'temperror', reason: { code: 'dns-error' } });
    if (result.result === 'temperror') expect(result.reason.detail).toEqual({ problem: 'lookup-rcode', rcode });
    if (result.result === 'temperror') expect(dkimReasonText(result, catalogFor('en'))).toContain(rcode);
  });
});

describe('Ed25519 key encodings', () => {
  const ED_NAME = 'brisbane._domainkey.football.example.com';
  const RAW = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
  const rfc8463 = () => splitMessage(readTestdata('dkim/lieser-dkim_verifier/rfc8463-A.3.eml'));

  async function ed25519Result(p: string) {
    const results = await verifyDkim(rfc8463(), { resolver: zoneResolver({ [ED_NAME]: { TXT: [`v=DKIM1; k=ed25519; p=${p}`] } }), now });
    return results.find((result) => result.s === 'brisbane');
  }

  it('verifies the bare 32-octet key of RFC 8463', async () => {
    expect(await ed25519Result(RAW)).toMatchObject({ result: 'pass', keyBits: 256 });
  });

  it('also verifies the key wrapped in SubjectPublicKeyInfo (RFC 8410)', async () => {
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(RAW, 'base64')]).toString('base64');
    expect(await ed25519Result(spki)).toMatchObject({ result: 'pass', keyBits: 256 });
  });

  it('rejects a key of the wrong length as unusable', async () => {
    expect(await ed25519Result('AAAA')).toMatchObject({ result: 'permerror', reason: { code: 'key-invalid' } });
  });
});
