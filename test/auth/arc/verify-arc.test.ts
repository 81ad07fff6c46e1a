// ARC chains made in the test with test/helpers/signer.ts; each case gives the result RFC 8617 §5.2 asks for.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyArc } from '../../../lib/auth/arc/verify-arc';
import type { ArcResult } from '../../../lib/auth/arc/types';
import { OfflineResolver } from '../../../lib/dns/offline-resolver';
import type { Resolver } from '../../../lib/dns/types';
import { splitMessage } from '../../../lib/message/split';
import { wordArcResult } from '../../../lib/i18n/arc-messages';
import { catalogFor } from '../../../lib/i18n/render';
import { generateEd25519Key, generateRsaKey, keyRecord, sealArc, type SigningKey } from '../../helpers/signer';
import { zoneResolver } from '../dkim/testdata-keys';

const ORIGINAL = [
  'From: Alice <alice@origin.example>',
  'To: list@lists.example',
  'Subject: Lunch on Friday',
  'Date: Sat, 01 Mar 2025 10:00:00 +0000',
  'Message-ID: <lunch@origin.example>',
  '',
  'Shall we meet at noon?',
  '',
].join('\r\n');

const HOPS = ['lists.example', 'relay.example', 'inbox.example'];
const keys: SigningKey[] = [];
let resolver: Resolver;

beforeAll(async () => {
  // RSA for the first hop and Ed25519 after it, so both seal algorithms are exercised.
  keys.push(await generateRsaKey(2048), await generateEd25519Key(), await generateEd25519Key());
  resolver = zoneResolver(Object.fromEntries(HOPS.map((domain, index) => [`arc._domainkey.${domain}`, { TXT: [keyRecord(keys[index] as SigningKey)] }])));
});

/** One forwarding hop: it stamps Received, then adds its ARC set on top. */
async function hop(message: string, instance: number, options: { cv?: 'none' | 'pass' | 'fail'; authResults?: string } = {}): Promise<string> {
  const domain = HOPS[instance - 1] ?? HOPS[0] ?? '';
  const received = `Received: from previous.example by mx.${domain}; Sat, 01 Mar 2025 10:0${instance}:00 +0000\r\n`;
  return sealArc(received + message, {
    instance,
    cv: options.cv ?? (instance === 1 ? 'none' : 'pass'),
    key: keys[instance - 1] ?? (keys[0] as SigningKey),
    domain,
    selector: 'arc',
    authResults: options.authResults ?? `mx.${domain}; spf=pass smtp.mailfrom=origin.example; dkim=pass header.d=origin.example; dmarc=pass header.from=origin.example`,
  });
}

async function chain(length: number): Promise<string> {
  let message = ORIGINAL;
  for (let instance = 1; instance <= length; instance++) message = await hop(message, instance);
  return message;
}

const verify = async (text: string, onlyHeaders = false): Promise<ArcResult> => {
  const split = splitMessage(text);
  return verifyArc(onlyHeaders ? { ...split, body: null } : split, { resolver });
};

/** The chain's reason as the English catalog words it from its facts. */
function reasonText(result: ArcResult): string {
  const worded = wordArcResult(result, catalogFor('en'));
  return worded.result === 'fail' || worded.result === 'temperror' ? (worded.reason.message ?? '') : '';
}

function failure(result: ArcResult) {
  return result.result === 'fail' ? { code: result.reason.code, instance: result.failedInstance } : { result: result.result };
}

describe('valid chains', () => {
  it.each([1, 2, 3])('a chain of %i instance(s) passes, oldest pass 1', async (length) => {
    const result = await verify(await chain(length));
    expect(result).toMatchObject({ result: 'pass', bodyChecked: true, oldestPass: 1 });
    expect(result.instances.map((instance) => instance.instance)).toEqual([...Array(length).keys()].map((index) => index + 1));
    for (const instance of result.instances) {
      expect(instance.seal?.check).toEqual({ status: 'pass' });
      expect(instance.messageSignature?.check).toEqual({ status: 'pass' });
    }
  });

  it('reports what each forwarder saw, and who sealed each instance', async () => {
    let message = await hop(ORIGINAL, 1);
    message = await hop(message, 2, { authResults: 'mx.relay.example; spf=fail smtp.mailfrom=origin.example; dkim=pass header.d=origin.example; arc=pass; dmarc=pass' });
    const result = await verify(message);
    expect(result.instances.map((instance) => [instance.seal?.d, instance.seal?.cv, instance.messageSignature?.d])).toEqual([
      ['lists.example', 'none', 'lists.example'],
      ['relay.example', 'pass', 'relay.example'],
    ]);
    expect(result.instances.map((instance) => instance.authResults && { id: instance.authResults.authservId, spf: instance.authResults.spf, dkim: instance.authResults.dkim, dmarc: instance.authResults.dmarc })).toEqual([
      { id: 'mx.lists.example', spf: 'pass', dkim: [{ result: 'pass', domain: 'origin.example' }], dmarc: 'pass' },
      { id: 'mx.relay.example', spf: 'fail', dkim: [{ result: 'pass', domain: 'origin.example' }], dmarc: 'pass' },
    ]);
    expect(result.instances[0]?.seal?.keyBits).toBe(2048);
  });

  it('records the key queries of every seal and AMS', async () => {
    const result = await verify(await chain(2));
    expect(result.recordQueries.map((query) => query.name).sort()).toEqual(['arc._domainkey.lists.example', 'arc._domainkey.lists.example', 'arc._domainkey.relay.example', 'arc._domainkey.relay.example']);
  });

  it('no ARC fields: none', async () => {
    expect(await verify(ORIGINAL)).toEqual({ result: 'none', instances: [], recordQueries: [] });
  });
});

describe('broken chains', () => {
  it('a broken seal: the newest seal altered', async () => {
    const text = (await chain(2)).replace(/^(ARC-Seal: i=2;.*b=)(.)/m, (_all, head: string, char: string) => head + (char === 'A' ? 'B' : 'A'));
    expect(failure(await verify(text))).toEqual({ code: 'seal-invalid', instance: 2 });
  });

  it('a broken seal: the first hop\'s ARC-Authentication-Results changed after sealing', async () => {
    const text = (await chain(2)).replace('ARC-Authentication-Results: i=1; mx.lists.example; spf=pass', 'ARC-Authentication-Results: i=1; mx.lists.example; spf=fail');
    const result = await verify(text);
    // The AMS does not cover the AAR; the seals do, and the newest one is checked first.
    expect(failure(result)).toEqual({ code: 'seal-invalid', instance: 2 });
    expect(result.instances[1]?.messageSignature?.check.status).toBe('pass');
  });

  it('a broken AMS: the body changed after the last hop sealed', async () => {
    const text = (await chain(2)).replace('Shall we meet at noon?', 'Shall we meet at one?');
    expect(failure(await verify(text))).toEqual({ code: 'ams-invalid', instance: 2 });
  });

  it('a broken AMS: a signed field changed after the last hop sealed', async () => {
    const text = (await chain(3)).replace('Subject: Lunch on Friday', 'Subject: Wire the money');
    expect(failure(await verify(text))).toEqual({ code: 'ams-invalid', instance: 3 });
  });

  it('a hop that changed the message and sealed it: pass, with the oldest passing AMS above that hop', async () => {
    let message = await hop(ORIGINAL, 1);
    message = message.replace('Subject: Lunch on Friday', 'Subject: [list] Lunch on Friday');
    message = await hop(message, 2);
    const result = await verify(message);
    expect(result).toMatchObject({ result: 'pass', oldestPass: 2 });
    expect(result.instances[0]?.messageSignature?.check.status).toBe('fail');
  });

  it('a gap in instances', async () => {
    const text = await hop(await hop(ORIGINAL, 1), 3);
    expect(failure(await verify(text))).toEqual({ code: 'instance-gap', instance: 2 });
  });

  it('a duplicated instance', async () => {
    const one = await hop(ORIGINAL, 1);
    const seal = one.split('\r\n').find((line) => line.startsWith('ARC-Seal: i=1;')) ?? '';
    expect(failure(await verify(`${seal}\r\n${one}`))).toEqual({ code: 'duplicate-instance', instance: 1 });
  });

  it('two complete sets with the same instance', async () => {
    const twice = await hop(await hop(ORIGINAL, 1), 1);
    expect(failure(await verify(twice))).toEqual({ code: 'duplicate-instance', instance: 1 });
  });

  it('cv=fail in the chain', async () => {
    const text = await hop(await hop(await hop(ORIGINAL, 1), 2, { cv: 'fail' }), 3);
    expect(failure(await verify(text))).toEqual({ code: 'cv-fail', instance: 2 });
  });

  it('cv=fail on the newest seal', async () => {
    const text = await hop(await hop(ORIGINAL, 1), 2, { cv: 'fail' });
    expect(failure(await verify(text))).toEqual({ code: 'cv-fail', instance: 2 });
  });

  it('i=1 with cv=pass', async () => {
    expect(failure(await verify(await hop(ORIGINAL, 1, { cv: 'pass' })))).toEqual({ code: 'first-cv-not-none', instance: 1 });
  });

  it('a later instance with cv=none', async () => {
    const text = await hop(await hop(ORIGINAL, 1), 2, { cv: 'none' });
    expect(failure(await verify(text))).toEqual({ code: 'cv-not-pass', instance: 2 });
  });

  it('an incomplete set', async () => {
    const text = (await chain(1)).replace(/^ARC-Authentication-Results: i=1;.*\r\n/m, '');
    expect(failure(await verify(text))).toEqual({ code: 'incomplete-set', instance: 1 });
  });

  it('an instance above 50', async () => {
    const text = `ARC-Seal: i=51; a=rsa-sha256; cv=pass; d=x.example; s=arc; b=AAAA\r\n${await chain(1)}`;
    expect(failure(await verify(text))).toEqual({ code: 'instance-out-of-range', instance: 51 });
  });

  it('an ARC field without a readable instance', async () => {
    const text = `ARC-Message-Signature: a=rsa-sha256; d=x.example; s=arc; h=from; bh=AAAA; b=AAAA\r\n${await chain(1)}`;
    expect(failure(await verify(text))).toEqual({ code: 'malformed', instance: null });
  });
});

describe('header block alone', () => {
  it('a valid chain gives header-pass, never pass', async () => {
    expect(await verify(await chain(2), true)).toMatchObject({ result: 'header-pass', bodyChecked: false, oldestPass: 1 });
  });

  it('a body changed after sealing cannot be seen without the body', async () => {
    const text = (await chain(2)).replace('Shall we meet at noon?', 'Shall we meet at one?');
    expect((await verify(text, true)).result).toBe('header-pass');
  });

  it('a changed signed field still fails', async () => {
    const text = (await chain(2)).replace('Subject: Lunch on Friday', 'Subject: Wire the money');
    expect(await verify(text, true)).toMatchObject({ result: 'fail', bodyChecked: false, reason: { code: 'ams-invalid' } });
  });
});

describe('keys that cannot be fetched', () => {
  it('offline: the newest AMS cannot be checked, and the chain is a temperror, not a fail', async () => {
    const result = await verifyArc(splitMessage(await chain(1)), { resolver: new OfflineResolver() });
    expect(result).toMatchObject({ result: 'temperror', failedInstance: 1 });
    expect(reasonText(result)).toMatch(/could not be fetched/);
    expect(result.instances[0]?.messageSignature?.check).toMatchObject({ status: 'fail', temporary: true });
  });

  it('the first hop\'s key times out while the newest answers: temperror at the first seal, not a broken chain', async () => {
    const [first, second] = HOPS;
    const partial = zoneResolver({
      [`arc._domainkey.${first}`]: { TXT: 'TIMEOUT' },
      [`arc._domainkey.${second}`]: { TXT: [keyRecord(keys[1] as SigningKey)] },
    });
    const result = await verifyArc(splitMessage(await chain(2)), { resolver: partial });
    expect(result).toMatchObject({ result: 'temperror', failedInstance: 1 });
    expect(reasonText(result)).toMatch(/^the key of the ARC-Seal of instance 1 \(arc\._domainkey\.\S+\) could not be fetched$/);
  });
});

describe('RFC 8617 §4.1.2: the AMS is a DKIM signature, with DKIM\'s defaults', () => {
  async function single(options: Partial<Parameters<typeof sealArc>[1]>, key?: SigningKey) {
    const signer = key ?? (keys[0] as SigningKey);
    const text = await sealArc(`Received: from previous.example by mx.lists.example; Sat, 01 Mar 2025 10:01:00 +0000\r\n${ORIGINAL}`, {
      instance: 1, cv: 'none', key: signer, domain: 'lists.example', selector: 'arc1',
      authResults: 'mx.lists.example; dmarc=pass header.from=origin.example', ...options,
    });
    return verifyArc(splitMessage(text), { resolver: zoneResolver({ 'arc1._domainkey.lists.example': { TXT: [keyRecord(signer)] } }) });
  }

  it('an ARC-Message-Signature without c= verifies as simple/simple', async () => {
    const result = await single({ amsCanonicalization: null });
    expect(result.instances[0]?.messageSignature?.field.raw).not.toMatch(/\bc=/);
    expect(result).toMatchObject({ result: 'pass' });
  });

  it('an AMS whose h= lists a field the message does not have still verifies: an absent field signs as nothing (RFC 6376 §5.4.2)', async () => {
    const result = await single({ headers: ['from', 'to', 'subject', 'date', 'message-id', 'reply-to', 'cc'] });
    expect(result.instances[0]?.messageSignature?.signedFields.filter((slot) => slot.field === null).map((slot) => slot.name)).toEqual(['reply-to', 'cc']);
    expect(result).toMatchObject({ result: 'pass' });
  });

  it('RFC 8301: a seal and AMS by a 512-bit key do not pass, and the reason says why', async () => {
    const result = await single({}, await generateRsaKey(512));
    expect(result).toMatchObject({ result: 'fail', reason: { code: 'ams-invalid' } });
    expect(reasonText(result)).toMatch(/only 512 bits.*RFC 8301 §3.2/);
  });

  it('RFC 8301: rsa-sha1 ARC signatures do not pass', async () => {
    const result = await single({ algorithm: 'rsa-sha1' }, await generateRsaKey(2048, 'SHA-1'));
    expect(result).toMatchObject({ result: 'fail' });
    expect(reasonText(result)).toMatch(/rsa-sha1.*RFC 8301 §3.1/);
  });
});
