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
import { readStalwart } from '../auth/dkim/testdata-keys';
import { ACME, ACME_IP, acmeHeaders, acmeZone } from '../helpers/acme-zones';
import { agentActions } from '../../lib/verdict/agent-actions';
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

// A discussion list at lists.example (RFC 2919 List-Id, RFC 2369 List-Post) relaying a post by a member at
// author.example: the list's server sends, bounces come back to the list, and the list signs what it sends.
const LIST = 'lists.example';
const LIST_IP = '192.0.2.120';
const LIST_HEADERS = [`List-Id: Developers <dev.${LIST}>`, `List-Post: <mailto:dev@${LIST}>`, `List-Unsubscribe: <mailto:dev-leave@${LIST}>`];

async function listZone(extra: Record<string, unknown> = {}) {
  return zoneResolver({
    ...RECEIVER_ZONE,
    ...(await keyZone(LIST)),
    [LIST]: { MX: [{ preference: 10, exchange: `mail.${LIST}` }], TXT: [`v=spf1 ip4:${LIST_IP} -all`] },
    [`_dmarc.${LIST}`]: { TXT: ['v=DMARC1; p=none'] },
    [`mail.${LIST}`]: { A: [LIST_IP] },
    '120.2.0.192.in-addr.arpa': { PTR: [`mail.${LIST}`] },
    'author.example': { MX: [{ preference: 10, exchange: 'mx.author.example' }] },
    ...extra,
  });
}

function listMessage(from: string, extra: string[]): string {
  return message([
    ...received([{ helo: `mail.${LIST}`, ip: LIST_IP, by: RECEIVER }]),
    `Return-Path: <dev-bounces@${LIST}>`,
    ...authorHeaders(from, [...extra, ...LIST_HEADERS]),
  ]);
}

describe('identity.mismatch on mailing-list messages', () => {
  it('a list that rewrote From to its own address and sends replies to the author gets a note naming the list, not a sign', async () => {
    const raw = await signed(listMessage(`dev@${LIST}`, ['Reply-To: Alice <alice@author.example>']), LIST);
    const report = await run(raw, await listZone());
    const found = report.findings.find((finding) => finding.id === 'identity.mismatch');
    expect(found).toMatchObject({ severity: 'info', params: { from: LIST, signs: [{ kind: 'list-reply', domain: 'author.example', list: `dev.${LIST}`, repliesTo: 'author' }] } });
    expect(found?.title).toBe('A mailing list sets where replies go');
    expect(found?.explanation).toBe(`Replies go to the author at author.example, as mailing lists do: the list dev.${LIST} put its own address in From. The list is authenticated: this is no spoofing sign.`);
    expect(found?.evidence.map((evidence) => (evidence.kind === 'header' ? evidence.field : evidence.kind))).toEqual(expect.arrayContaining(['Reply-To', 'List-Id', 'List-Post']));
    // The note blocks nothing: the agent is not told to confirm a reply address.
    expect(report.verdict.level).toBe('trusted');
    const actions = agentActions(report);
    expect(actions.allowlist).toEqual({ kind: 'safe', entry: `dev@${LIST}` });
    expect(actions.ask).not.toContainEqual({ kind: 'confirm-reply-address' });
    expect(localizeReport(report, 'fr').findings.find((finding) => finding.id === 'identity.mismatch')?.title).toBe('Une liste de diffusion règle où vont les réponses');
  });

  it('a list that sends replies to itself, and signs the author\'s post, gets a note', async () => {
    const raw = await signed(listMessage('alice@author.example', [`Reply-To: Developers <dev@${LIST}>`]), LIST);
    const report = await run(raw, await listZone());
    expect(report.dmarc.result).toBe('none');
    expect(report.findings.find((finding) => finding.id === 'identity.mismatch')).toMatchObject({
      severity: 'info', params: { from: 'author.example', signs: [{ kind: 'list-reply', domain: LIST, list: `dev.${LIST}`, repliesTo: 'list' }] },
    });
  });

  it('a List-Id that nothing authenticates changes nothing: the Reply-To stays a sign (anyone can write the field)', async () => {
    // Same message, not signed: no DKIM by the list, and author.example has no DMARC policy to pass.
    const raw = listMessage('alice@author.example', [`Reply-To: Developers <dev@${LIST}>`]);
    const report = await run(raw, await listZone());
    expect(report.findings.find((finding) => finding.id === 'identity.mismatch')).toMatchObject({ severity: 'warn', params: { signs: [{ kind: 'reply-to', domain: LIST }] } });
    // Offline nothing can authenticate the list either.
    const offline = await run(await signed(raw, LIST), new OfflineResolver());
    expect(offline.findings.find((finding) => finding.id === 'identity.mismatch')).toMatchObject({ severity: 'warn', params: { signs: [{ kind: 'reply-to', domain: LIST }] } });
  });

  it('a Reply-To the list does not explain stays a sign, beside the list\'s note', async () => {
    const raw = await signed(listMessage('alice@author.example', [`Reply-To: <dev@${LIST}>, <payments@another-domain.example>`]), LIST);
    const report = await run(raw, await listZone({ 'another-domain.example': { MX: [{ preference: 10, exchange: 'mx.another-domain.example' }] } }));
    const found = report.findings.find((finding) => finding.id === 'identity.mismatch');
    expect(found?.severity).toBe('warn');
    expect(found?.params).toEqual({ from: 'author.example', signs: [
      { kind: 'list-reply', domain: LIST, list: `dev.${LIST}`, repliesTo: 'list' },
      { kind: 'reply-to', domain: 'another-domain.example' },
    ] });
    expect(found?.title).toBe('Replies would go to another organization than author.example');
    expect(agentActions(report).ask).toContainEqual({ kind: 'confirm-reply-address' });
  });

  it('a List-Id under a From whose DMARC fails, with bounce address and signature elsewhere, keeps both signs and is not trusted', async () => {
    const raw = await signed(message([
      ...received([{ helo: 'mta.evil.example', ip: '198.51.100.66', by: RECEIVER }]),
      'Return-Path: <x@bounce.evil.example>',
      ...authorHeaders(`security@${ACME}`, ['Reply-To: <desk@evil.example>', 'List-Id: <announce.evil.example>', 'List-Post: <mailto:announce@evil.example>']),
    ]), 'evil.example');
    const report = await run(raw, zoneResolver({
      ...(await acmeZone()),
      ...(await keyZone('evil.example')),
      'evil.example': { MX: [{ preference: 10, exchange: 'mta.evil.example' }] },
    }));
    expect(report.dmarc.result).toBe('fail');
    const found = report.findings.find((finding) => finding.id === 'identity.mismatch');
    expect(found).toMatchObject({ severity: 'warn', params: { from: ACME, signs: [{ kind: 'reply-to', domain: 'evil.example' }, { kind: 'envelope', returnPath: 'bounce.evil.example', dkimDomains: ['evil.example'] }] } });
    expect(report.verdict.level).not.toBe('trusted');
    expect(agentActions(report).allowlist.kind).toBe('never');
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

  it.each([
    'realworld/spamassassin/nice-mailman_message.txt',
    'realworld/spamassassin/nice-001.eml',
  ])('a real list message gets no sign: %s', async (path) => {
    for (const resolver of [new OfflineResolver(), zoneResolver({})]) {
      expect(ids(await run(read(path), resolver))).not.toContain('identity.mismatch');
    }
  });

  it('the IETF list message gets no sign, even where the author\'s DMARC policy fails because the list re-signed it', async () => {
    const { message: raw, records } = readStalwart('003.txt');
    const zone = Object.fromEntries(Object.entries(records).map(([name, value]) => [name, { TXT: [value] }]));
    const report = await run(raw, zoneResolver({ ...zone, '_dmarc.jck.com': { TXT: ['v=DMARC1; p=reject'] }, 'jck.com': { MX: [{ preference: 10, exchange: 'bsa2.jck.com' }] } }));
    expect(report.dkim.some((entry) => entry.d === 'ietf.org' && entry.result === 'pass')).toBe(true);
    expect(report.dmarc.result).toBe('fail');
    // No Reply-To, and no Return-Path field to judge the envelope by.
    expect(ids(report)).not.toContain('identity.mismatch');
  });

  it('a phishing message whose Reply-To leads away from the From domain gets the sign', async () => {
    const report = await run(read('realworld/spamscope-mail-parser/mail_test_15.headers.eml'), new OfflineResolver());
    expect(report.findings.find((finding) => finding.id === 'identity.mismatch')?.params).toEqual({ from: 'ncs.gov.ng', signs: [{ kind: 'reply-to', domain: 'aquiilaindustries.com' }] });
  });

  it('the phish is not authenticated either: the actions say so, and never call its sender authenticated', async () => {
    const report = await run(read('realworld/spamscope-mail-parser/mail_test_15.headers.eml'), new OfflineResolver());
    expect(agentActions(report)).toMatchObject({
      recover: { kind: 'confirm-first', because: 'not-authenticated' },
      allowlist: { kind: 'never', because: 'authentication-failed' },
    });
  });
});
