// Real Gmail, Google and Fastmail messages whose keys are not in the test data: a clear key-missing or
// temperror, never a crash. Keys the test data does supply (amazon.com, cnn.com, fastmail.com) still verify.
import { describe, expect, it } from 'vitest';
import { verifyArc } from '../../../lib/auth/arc/verify-arc';
import { verifyDkim } from '../../../lib/auth/dkim/verify-dkim';
import { OfflineResolver } from '../../../lib/dns/offline-resolver';
import { lastProblem } from '../../../lib/dns/types';
import { dkimReasonText } from '../../../lib/i18n/checks';
import { catalogFor } from '../../../lib/i18n/render';
import { splitMessage } from '../../../lib/message/split';
import { readTestdata, receiptTime, testdataZoneJson, zoneResolver } from './testdata-keys';

const now = new Date('2025-03-01T00:00:00Z');
const withTestdataKeys = zoneResolver(testdataZoneJson());
const FASTMAIL = 'realworld/lieser-dkim_verifier/Fastmail from';

const MESSAGES: [string, string, Record<string, 'pass' | 'key-missing'>][] = [
  ['Fastmail from Amazon', `${FASTMAIL} Amazon - Verify your new Amazon account.eml`, { 'amazon.com': 'pass', 'amazonses.com': 'key-missing' }],
  ['Fastmail from CNN (5 Things)', `${FASTMAIL} CNN - Thanks for subscribing to 5 Things.eml`, { 'newsletters.cnn.com': 'pass' }],
  ['Fastmail from CNN (Breaking News)', `${FASTMAIL} CNN - Welcome to CNN Breaking News.eml`, { 'emailalerts.cnn.com': 'pass' }],
  ['Fastmail from Fastmail (private)', `${FASTMAIL} Fastmail - How to keep your email private.eml`, { 'fastmail.com': 'pass', 'messagingengine.com': 'key-missing' }],
  ['Fastmail from Fastmail (welcome)', `${FASTMAIL} Fastmail - Welcome! Get set up in 3 steps..eml`, { 'fastmail.com': 'pass', 'messagingengine.com': 'key-missing' }],
  ['Gmail to zonemx.eu', 'realworld/mailauth/zproov.eml', { 'gmail.com': 'key-missing' }],
  ['Gmail chain', 'realworld/flanker/multi-received-headers.eml', { 'gmail.com': 'key-missing' }],
  ['Google DMARC report', 'realworld/stalwart-mail-auth/dmarc-feedback-100-google.eml', { 'google.com': 'key-missing' }],
  ['Exchange Online', 'realworld/stalwart-mail-auth/dmarc-feedback-103-exchange-online.eml', { 'notification.microsoft.com': 'key-missing' }],
];

describe('real messages, keys from the test data only', () => {
  it.each(MESSAGES)('%s, judged at its receipt time', async (_name, file, expected) => {
    const text = readTestdata(file);
    const results = await verifyDkim(splitMessage(text), { resolver: withTestdataKeys, now: receiptTime(text) ?? now });
    const byDomain = Object.fromEntries(results.map((result) => [result.d, result.result === 'permerror' && result.reason.code === 'key-not-found' ? 'key-missing' : result.result]));
    expect(byDomain).toEqual(expected);
    for (const result of results) {
      if (result.result !== 'permerror') continue;
      expect(result.reason.detail).toEqual({ problem: 'no-key', rcode: 'NXDOMAIN' });
      expect(dkimReasonText(result, catalogFor('en'))).toMatch(/^No key is published at .+\._domainkey\..+: the name does not exist \(NXDOMAIN\)$/);
      expect(dkimReasonText(result, catalogFor('fr'))).toMatch(/\._domainkey\..+ : le nom n'existe pas \(NXDOMAIN\)$/);
    }
  });
});

describe('judged today instead of at receipt', () => {
  it("Fastmail's own signature has expired (x= one day after t=)", async () => {
    const results = await verifyDkim(splitMessage(readTestdata(`${FASTMAIL} Fastmail - How to keep your email private.eml`)), { resolver: withTestdataKeys, now });
    expect(results.find((result) => result.d === 'fastmail.com')).toMatchObject({ result: 'fail', reason: { code: 'signature-expired' }, timestamp: 1698095127, expiration: 1698181527 });
  });
});

describe('real messages, offline (every lookup a DnsFailure)', () => {
  it.each(MESSAGES)('%s: every signature is a temperror that says why', async (_name, file, expected) => {
    const results = await verifyDkim(splitMessage(readTestdata(file)), { resolver: new OfflineResolver(), now });
    expect(results).toHaveLength(Object.keys(expected).length);
    for (const result of results) {
      expect(result).toMatchObject({ result: 'temperror', reason: { code: 'dns-failure' }, bodyChecked: false, keyBits: null });
      // The reason's words are the catalog's, from the failed lookup's facts (localizeChecks, dkimReason).
      expect(lastProblem(result.recordQueries)).toMatchObject({ kind: 'failure', reason: 'offline' });
      if (result.result === 'temperror') expect(dkimReasonText(result, catalogFor('en'))).toContain('not looked up: offline mode');
    }
  });
});

describe("Fastmail's ARC set (i=1, d=messagingengine.com, key not in the test data)", () => {
  const file = `${FASTMAIL} CNN - Welcome to CNN Breaking News.eml`;

  it('fails on the unverifiable AMS, not a crash, and still reports what Fastmail saw', async () => {
    const result = await verifyArc(splitMessage(readTestdata(file)), { resolver: withTestdataKeys });
    expect(result).toMatchObject({ result: 'fail', reason: { code: 'ams-invalid' }, failedInstance: 1 });
    expect(result.instances[0]?.messageSignature?.check).toMatchObject({ status: 'fail', temporary: false, problem: { kind: 'key', code: 'key-not-found' } });
    expect(result.instances[0]?.seal).toMatchObject({ d: 'messagingengine.com', s: 'fm3', cv: 'none', a: 'rsa-sha256' });
    expect(result.instances[0]?.authResults).toMatchObject({
      authservId: 'mx3.messagingengine.com',
      spf: 'pass',
      dmarc: 'pass',
      dkim: [{ result: 'pass', domain: 'emailalerts.cnn.com' }],
    });
  });

  it('offline: the failure is marked temporary', async () => {
    const result = await verifyArc(splitMessage(readTestdata(file)), { resolver: new OfflineResolver() });
    expect(result.instances[0]?.messageSignature?.check).toMatchObject({ status: 'fail', temporary: true });
  });
});
