// Spoofing signs (identity.mismatch, docs/verdict-rules.md "Spoofing signs"): a Reply-To in another
// organization, or a message that nothing ties to its From domain. An ESP's own bounce domain and
// signature under a customer's From is ordinary mail and gets no sign.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localizeReport } from '../../lib/i18n/render';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { decodeBytes } from '../../lib/cli/read-message-file';
import { ACME, ACME_IP, acmeHeaders, acmeZone } from '../helpers/acme-zones';
import { authorHeaders, ids, keyZone, message, RECEIVER, RECEIVER_ZONE, received, run, signed, zoneResolver } from './scenario-kit';

const SHOP = 'shop.example';
const ESP = 'esp-mail.example';
const ESP_IP = '203.0.113.25';

/** A shop sending through an ESP: the ESP's bounce domain and signature, the shop's SPF including the ESP. */
async function espZone(shopRecords: Record<string, unknown>) {
  return zoneResolver({
    ...RECEIVER_ZONE,
    ...(await keyZone(ESP)),
    [SHOP]: { MX: [{ preference: 10, exchange: `mx.${SHOP}` }], ...shopRecords },
    [`mx.${SHOP}`]: { A: ['192.0.2.80'] },
    [`_dmarc.${SHOP}`]: { TXT: ['v=DMARC1; p=none'] },
    [ESP]: { TXT: [`v=spf1 ip4:${ESP_IP} -all`] },
    [`bounces.${ESP}`]: { TXT: [`v=spf1 ip4:${ESP_IP} -all`] },
    [`o1.${ESP}`]: { A: [ESP_IP] },
    '25.113.0.203.in-addr.arpa': { PTR: [`o1.${ESP}`] },
  });
}

function espMessage(): string {
  return message([
    ...received([{ helo: `o1.${ESP}`, ip: ESP_IP, by: RECEIVER }]),
    `Return-Path: <bounce+1234@bounces.${ESP}>`,
    ...authorHeaders(`news@${SHOP}`),
  ]);
}

describe('identity.mismatch', () => {
  it('says plainly where replies would go when Reply-To is in another organization, without changing a trusted verdict', async () => {
    const raw = await signed(message([...acmeHeaders(), 'Reply-To: <payments@another-domain.example>']), ACME);
    // The Reply-To domain exists (a nonexistent one would be a finding of its own).
    const report = await run(raw, zoneResolver({ ...(await acmeZone()), 'another-domain.example': { MX: [{ preference: 10, exchange: 'mx.another-domain.example' }] } }));
    const found = report.findings.find((finding) => finding.id === 'identity.mismatch');
    expect(found).toMatchObject({ severity: 'warn', params: { from: ACME, signs: [{ kind: 'reply-to', domain: 'another-domain.example' }] } });
    expect(found?.title).toBe(`Replies would go to another organization than ${ACME}`);
    expect(found?.explanation).toContain(`Replies would go to another-domain.example, not ${ACME}`);
    expect(found?.evidence.map((evidence) => (evidence.kind === 'header' ? evidence.field : evidence.kind))).toEqual(expect.arrayContaining(['From', 'Reply-To', 'Return-Path']));
    // DMARC passes: the author is authentic and chose that Reply-To; the verdict rules do not read the sign.
    expect(report.verdict.level).toBe('trusted');
    const french = localizeReport(report, 'fr').findings.find((finding) => finding.id === 'identity.mismatch');
    expect(french?.explanation).toContain(`Les réponses iraient à another-domain.example, pas à ${ACME}`);
  });

  it('gives no sign for a Reply-To in the author\'s own organization', async () => {
    const raw = await signed(message([...acmeHeaders(), `Reply-To: <help@support.${ACME}>`]), ACME);
    expect(ids(await run(raw, zoneResolver(await acmeZone())))).not.toContain('identity.mismatch');
  });

  it('gives no sign for an ESP\'s bounce domain and signature under a customer\'s From when the customer\'s SPF includes the ESP', async () => {
    const raw = await signed(espMessage(), ESP);
    const report = await run(raw, await espZone({ TXT: [`v=spf1 include:${ESP} -all`] }));
    expect(report.dkim).toMatchObject([{ d: ESP, result: 'pass' }]);
    expect(ids(report)).not.toContain('identity.mismatch');
  });

  it('gives no sign when the From domain publishes no DMARC policy (it claims nothing)', async () => {
    const raw = await signed(espMessage(), ESP);
    const report = await run(raw, zoneResolver({ ...RECEIVER_ZONE, ...(await keyZone(ESP)), [SHOP]: { A: ['192.0.2.80'] }, [ESP]: { TXT: [`v=spf1 ip4:${ESP_IP} -all`] } }));
    expect(report.dmarc.result).toBe('none');
    expect(ids(report)).not.toContain('identity.mismatch');
  });

  it('says nothing ties the message to the From domain when bounce address and signature are elsewhere and DMARC fails', async () => {
    const raw = await signed(message([
      ...received([{ helo: 'mta.evil.example', ip: '198.51.100.66', by: RECEIVER }]),
      'Return-Path: <x@bounce.evil.example>',
      ...authorHeaders(`security@${ACME}`),
    ]), 'evil.example');
    const resolver = zoneResolver({
      ...RECEIVER_ZONE,
      ...(await keyZone('evil.example')),
      [ACME]: { MX: [{ preference: 10, exchange: `mail.${ACME}` }], TXT: [`v=spf1 ip4:${ACME_IP} -all`] },
      [`mail.${ACME}`]: { A: [ACME_IP] },
      [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
    });
    const report = await run(raw, resolver);
    expect(report.dmarc.result).toBe('fail');
    const found = report.findings.find((finding) => finding.id === 'identity.mismatch');
    expect(found?.params).toEqual({ from: ACME, signs: [{ kind: 'envelope', returnPath: 'bounce.evil.example', dkimDomains: ['evil.example'] }] });
    expect(found?.explanation).toContain(`Bounces go to bounce.evil.example, the DKIM signature is by evil.example, and ${ACME}'s DMARC policy fails`);
  });

  it('does not judge the envelope offline: only the Reply-To, a header fact, is a sign then', async () => {
    const raw = message([
      ...received([{ helo: 'mta.evil.example', ip: '198.51.100.66', by: RECEIVER }]),
      'Return-Path: <x@bounce.evil.example>',
      ...authorHeaders(`security@${ACME}`, ['Reply-To: <desk@another-domain.example>']),
    ]);
    const report = await run(raw, new OfflineResolver());
    expect(report.findings.find((finding) => finding.id === 'identity.mismatch')?.params).toEqual({ from: ACME, signs: [{ kind: 'reply-to', domain: 'another-domain.example' }] });
  });
});

describe('identity.mismatch on real messages (../shared/testdata)', () => {
  const testdata = resolve(fileURLToPath(new URL('../../../shared/testdata', import.meta.url)));
  const read = (path: string) => decodeBytes(readFileSync(join(testdata, path)));
  const ordinary = [
    'realworld/lieser-dkim_verifier/Fastmail from Amazon - Verify your new Amazon account.eml',
    'realworld/lieser-dkim_verifier/Fastmail from CNN - Thanks for subscribing to 5 Things.eml',
    'realworld/lieser-dkim_verifier/Fastmail from CNN - Welcome to CNN Breaking News.eml',
    'realworld/lieser-dkim_verifier/Fastmail from Fastmail - Welcome! Get set up in 3 steps..eml',
    'realworld/spamscope-mail-parser/mail_test_13.headers.eml',
    'realworld/mikel-mail/content_transfer_encoding_7-bit.eml',
    'realworld/mimekit/gmail.msg',
    'realworld/mailauth/message2.eml',
  ];

  it.each(ordinary)('ordinary ESP or provider mail gets no sign: %s', async (path) => {
    for (const resolver of [new OfflineResolver(), zoneResolver({})]) {
      expect(ids(await run(read(path), resolver))).not.toContain('identity.mismatch');
    }
  });

  it('a phishing message whose Reply-To leads away from the From domain gets the sign', async () => {
    const report = await run(read('realworld/spamscope-mail-parser/mail_test_15.headers.eml'), new OfflineResolver());
    expect(report.findings.find((finding) => finding.id === 'identity.mismatch')?.params).toEqual({ from: 'ncs.gov.ng', signs: [{ kind: 'reply-to', domain: 'aquiilaindustries.com' }] });
  });
});
