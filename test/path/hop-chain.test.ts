import { describe, expect, it } from 'vitest';
import { buildHops, classifyIp, detectForwarding, findEdge, findOrigin, type PathHop } from '../../lib/path';
import { splitMessage } from '../../lib/message';

function hopsOf(...received: string[]): PathHop[] {
  return buildHops(splitMessage(received.map((value) => `Received: ${value}`).join('\r\n') + '\r\n').fields).hops;
}

describe('the hop chain', () => {
  it('is ordered oldest -> newest with per-hop and total delays', () => {
    const chain = buildHops(
      splitMessage(
        [
          'Received: from b.example.org (b.example.org [192.0.2.2]) by c.example.org; Tue, 13 Feb 2024 10:00:30 +0000',
          'Received: from a.example.net (a.example.net [198.51.100.1]) by b.example.org; Tue, 13 Feb 2024 11:00:10 +0100',
          'Received: by a.example.net with HTTP; Tue, 13 Feb 2024 10:00:00 +0000',
          '',
        ].join('\r\n'),
      ).fields,
    );
    expect(chain.hops.map((hop) => hop.by?.name)).toEqual(['a.example.net', 'b.example.org', 'c.example.org']);
    expect(chain.hops.map((hop) => hop.delaySeconds)).toEqual([null, 10, 20]);
    expect(chain.hops.map((hop) => hop.index)).toEqual([0, 1, 2]);
    expect(chain.hops[2]?.line).toBe(1);
    expect(chain.totalDelaySeconds).toBe(30);
    expect(chain.clockSkew).toBe(false);
  });

  it('flags a negative delay as clock skew instead of reporting a huge delay', () => {
    const chain = buildHops(
      splitMessage(
        [
          'Received: from b.example.org ([192.0.2.2]) by c.example.org; Tue, 13 Feb 2024 10:00:05 +0000',
          'Received: from a.example.net ([198.51.100.1]) by b.example.org; Tue, 13 Feb 2024 10:02:00 +0000',
          'Received: by a.example.net; Tue, 13 Feb 2024 10:00:00 +0000',
          '',
        ].join('\r\n'),
      ).fields,
    );
    expect(chain.hops[1]).toMatchObject({ delaySeconds: 120, clockSkew: false });
    expect(chain.hops[2]).toMatchObject({ delaySeconds: -115, clockSkew: true });
    expect(chain.clockSkew).toBe(true);
    expect(chain.totalDelaySeconds).toBe(5);
  });

  it('skips hops without a readable date when measuring delays, and keeps the unreadable text', () => {
    const hops = hopsOf('by c.example.org; Tue, 13 Feb 2024 10:00:09 +0000', 'by b.example.org; sometime', 'by a.example.net; Tue, 13 Feb 2024 10:00:00 +0000');
    expect(hops[1]).toMatchObject({ date: null, unreadableDate: 'sometime', delaySeconds: null });
    expect(hops[2]?.delaySeconds).toBe(9);
  });

  it('marks the scope of each connecting IP', () => {
    const hops = hopsOf('from x ([10.1.2.3]) by y', 'from x ([127.0.0.1]) by y', 'from x ([203.0.113.9]) by y', 'from x ([8.8.8.8]) by y', 'from x by y');
    expect(hops.map((hop) => hop.from?.ipScope ?? null)).toEqual([null, 'public', 'documentation', 'loopback', 'private']);
  });
});

describe('IP scopes (RFC 6890)', () => {
  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.1.1', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['192.0.2.1', 'documentation'],
    ['0.0.0.0', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['209.85.220.41', 'public'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'private'],
    ['2001:db8::1', 'documentation'],
    ['2607:f8b0:4864:20::f4a', 'public'],
    ['::ffff:10.0.0.1', 'private'],
  ])('%s is %s', (ip, scope) => {
    expect(classifyIp(ip)).toBe(scope);
  });
});

describe('the edge', () => {
  it('walks past the receiver\'s internal hops (private, loopback, same organization) to the first outside sender', () => {
    const hops = hopsOf(
      'from mx1.receiver.example ([10.0.0.5]) by store.receiver.example with LMTP; Tue, 13 Feb 2024 10:00:03 +0000',
      'from filter.receiver.example (localhost [127.0.0.1]) by mx1.receiver.example with ESMTP; Tue, 13 Feb 2024 10:00:02 +0000',
      'from mx2.receiver.example (mx2.receiver.example [198.51.100.77]) by filter.receiver.example with ESMTP; Tue, 13 Feb 2024 10:00:02 +0000',
      'from mail.sender.example (mail.sender.example [192.0.2.10]) by mx2.receiver.example with ESMTPS; Tue, 13 Feb 2024 10:00:01 +0000',
      'from forged.example (forged.example [203.0.113.66]) by mail.sender.example; Tue, 13 Feb 2024 10:00:00 +0000',
    );
    expect(findEdge(hops).edge).toEqual({
      hopIndex: 1,
      ip: '192.0.2.10',
      helo: 'mail.sender.example',
      reverseName: 'mail.sender.example',
      receiver: 'mx2.receiver.example',
      basis: 'first-external',
      reason: { kind: 'first-external' },
      inferred: true,
    });
  });

  it('a HELO that claims the receiver\'s domain does not hide an outside sender whose reverse name says otherwise', () => {
    const hops = hopsOf('from mx.receiver.example (dsl-1-2.isp.example [198.51.100.12]) by mx.receiver.example; Tue, 13 Feb 2024 10:00:00 +0000');
    expect(findEdge(hops).edge).toMatchObject({ ip: '198.51.100.12', helo: 'mx.receiver.example', basis: 'first-external' });
  });

  it('mail between two users of one provider: the oldest public hop inside the organization', () => {
    const hops = hopsOf(
      'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS; Tue, 13 Feb 2024 10:00:01 +0000',
      'by 2002:a05:6a10:a0c5::1 with SMTP id x; Tue, 13 Feb 2024 10:00:00 +0000',
    );
    expect(findEdge(hops).edge).toMatchObject({ ip: '209.85.220.41', basis: 'same-organization' });
  });

  it('a content filter on a loopback listener and a POP3 retrieval are not the edge', () => {
    const hops = hopsOf(
      'from localhost ([127.0.0.1]) by home.user.example with esmtp; Tue, 13 Feb 2024 10:00:05 +0000',
      'from pop.provider.example [198.51.100.9] by localhost with POP3 (fetchmail-6.4); Tue, 13 Feb 2024 10:00:04 +0000',
      'from mx.provider.example ([198.51.100.8]) by localhost (mx.provider.example [127.0.0.1]) (amavisd-new, port 10024) with ESMTP; Tue, 13 Feb 2024 10:00:02 +0000',
      'from mail.sender.example (mail.sender.example [192.0.2.10]) by mx.provider.example with ESMTPS; Tue, 13 Feb 2024 10:00:01 +0000',
    );
    expect(findEdge(hops).edge).toMatchObject({ ip: '192.0.2.10', receiver: 'mx.provider.example', basis: 'first-external' });
  });

  it('no edge when no hop names a public sender', () => {
    expect(findEdge(hopsOf('from a ([10.0.0.1]) by b.example', 'by a with HTTP')).edge).toBeNull();
    expect(findEdge([]).edge).toBeNull();
  });
});

describe('forwarding and the origin', () => {
  const fields = (...lines: string[]) => splitMessage(lines.join('\r\n') + '\r\n\r\n').fields;
  const forwardedHops = hopsOf(
    'from mail.forwarder.example (mail.forwarder.example [198.51.100.5]) by mx.receiver.example for <support@receiver.example>; Tue, 13 Feb 2024 10:00:02 +0000',
    'from mail.author.example (mail.author.example [192.0.2.10]) by mx.forwarder.example for <help@forwarder.example>; Tue, 13 Feb 2024 10:00:01 +0000',
    'by mail.author.example with HTTP; Tue, 13 Feb 2024 10:00:00 +0000',
  );

  it('a change of recipient domain is a sign, and the origin is the first sender outside receiver and forwarder', () => {
    const { edge, receiverOrganizations } = findEdge(forwardedHops);
    expect(edge?.ip).toBe('198.51.100.5');
    const forwarding = detectForwarding([], forwardedHops, { receiverOrganizations, authorOrganization: 'author.example' });
    expect(forwarding).toEqual({ detected: true, signs: [{ kind: 'recipient-domain-change', from: 'forwarder.example', to: 'receiver.example', hopIndex: 2 }] });
    expect(edge && findOrigin(forwardedHops, edge, receiverOrganizations)).toEqual({
      hopIndex: 1,
      ip: '192.0.2.10',
      helo: 'mail.author.example',
      reverseName: 'mail.author.example',
      receiver: 'mx.forwarder.example',
      reason: { kind: 'first-outside-forwarder', forwarder: 'forwarder.example' },
    });
  });

  it('Resent-*, X-Forwarded-To/For and X-Google-Original-From are signs', () => {
    const forwarding = detectForwarding(
      fields('Resent-From: a@example.com', 'Resent-Date: Tue, 13 Feb 2024 10:00:00 +0000', 'X-Forwarded-To: b@example.org', 'X-Forwarded-For: a@example.com b@example.org', 'X-Google-Original-From: Jane <jane@example.net>'),
      [],
      { receiverOrganizations: [], authorOrganization: null },
    );
    expect(forwarding.detected).toBe(true);
    expect(forwarding.signs.map((sign) => sign.kind)).toEqual(['resent-fields', 'x-forwarded-to', 'x-forwarded-for', 'x-google-original-from']);
    expect(forwarding.signs[0]).toMatchObject({ names: ['Resent-From', 'Resent-Date'], line: 1 });
  });

  it('ARC sets count as forwarding only when sealed by someone other than the receiver or the author', () => {
    const sealed = fields('ARC-Seal: i=2; a=rsa-sha256; cv=pass; d=lists.example.org; s=k; t=1; b=x', 'ARC-Seal: i=1; a=rsa-sha256; cv=none; d=receiver.example; s=k; t=1; b=x');
    const byList = detectForwarding(sealed, [], { receiverOrganizations: ['receiver.example'], authorOrganization: 'author.example' });
    expect(byList.detected).toBe(true);
    expect(byList.signs[0]).toEqual({ kind: 'arc-set', sealers: [{ instance: 2, domain: 'lists.example.org' }, { instance: 1, domain: 'receiver.example' }], line: 1 });
    const ownSeal = detectForwarding(fields('ARC-Seal: i=1; a=rsa-sha256; cv=none; d=receiver.example; s=k; t=1; b=x'), [], { receiverOrganizations: ['receiver.example'], authorOrganization: null });
    expect(ownSeal).toMatchObject({ detected: false, signs: [{ kind: 'arc-set' }] });
  });

  it('nothing forwarded: no signs', () => {
    expect(detectForwarding(fields('From: a@example.com'), hopsOf('from a.example ([192.0.2.1]) by b.example for <x@b.example>'), { receiverOrganizations: [], authorOrganization: null })).toEqual({ detected: false, signs: [] });
  });
});
