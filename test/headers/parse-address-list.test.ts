import { describe, expect, it } from 'vitest';
import { mailboxesOf, parseAddressList, parseMailbox, toAsciiDomain } from '../../lib/headers';

describe('address lists (RFC 5322 §3.4)', () => {
  it('name-addr with a quoted display name containing a comma', () => {
    expect(parseAddressList('"Doe, Jane" <jane@example.com>, bob@example.org')).toEqual([
      { kind: 'mailbox', displayName: 'Doe, Jane', address: 'jane@example.com', localPart: 'jane', domain: 'example.com', asciiDomain: 'example.com' },
      { kind: 'mailbox', displayName: null, address: 'bob@example.org', localPart: 'bob', domain: 'example.org', asciiDomain: 'example.org' },
    ]);
  });

  it('RFC 2047 encoded display names are decoded', () => {
    const [entry] = parseAddressList('=?UTF-8?B?0YHQu9GD0LbQsdCw?= <suvorov.s@nalg.ru>');
    expect(entry).toMatchObject({ kind: 'mailbox', displayName: 'служба', address: 'suvorov.s@nalg.ru' });
  });

  it('groups, including the empty "undisclosed-recipients:;"', () => {
    const entries = parseAddressList('Team: a@example.com, "B" <b@example.com>;, c@example.com');
    expect(entries[0]).toMatchObject({ kind: 'group', name: 'Team', members: [{ address: 'a@example.com' }, { address: 'b@example.com', displayName: 'B' }] });
    expect(entries[1]).toMatchObject({ kind: 'mailbox', address: 'c@example.com' });
    expect(parseAddressList('undisclosed-recipients:;')).toEqual([{ kind: 'group', name: 'undisclosed-recipients', members: [] }]);
    expect(mailboxesOf(entries).map((m) => m.address)).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  });

  it('the old "addr (Name)" form takes the comment as display name', () => {
    expect(parseMailbox('jane@example.com (Jane Doe)')).toMatchObject({ displayName: 'Jane Doe', address: 'jane@example.com' });
  });

  it('an unquoted "@" in the display name (real spam does this) does not confuse the address', () => {
    expect(parseMailbox('purchasing@aquillaindustries.com <do-not-reply@ncs.gov.ng>')).toMatchObject({
      displayName: 'purchasing@aquillaindustries.com',
      address: 'do-not-reply@ncs.gov.ng',
    });
  });

  it('internationalised domains become A-labels for DNS; the written form is kept', () => {
    expect(parseMailbox('Jörg <jörg@bücher.example>')).toMatchObject({ domain: 'bücher.example', asciiDomain: 'xn--bcher-kva.example', address: 'jörg@xn--bcher-kva.example' });
    expect(toAsciiDomain('Example.COM.')).toEqual({ ok: true, ascii: 'example.com' });
  });

  it('quoted local parts and domain literals', () => {
    expect(parseMailbox('"john doe"@example.com')).toMatchObject({ localPart: '"john doe"', domain: 'example.com' });
    expect(parseMailbox('<postmaster@[192.0.2.1]>')).toMatchObject({ domain: '[192.0.2.1]', asciiDomain: null });
  });

  it('an obsolete route before the address is ignored', () => {
    expect(parseMailbox('<@relay.example:user@example.com>')).toMatchObject({ address: 'user@example.com' });
  });

  it.each([
    ['Jane <>', { kind: 'no-address' }],
    ['just text', { kind: 'no-at', address: 'justtext' }],
    ['<@example.com>', { kind: 'empty-local-part', address: '@example.com' }],
    ['user@', { kind: 'empty-domain', address: 'user@' }],
    ['user@exa mple..com', { kind: 'bad-domain', problem: { kind: 'empty-label', domain: 'example..com' } }],
    ['user@exa/mple.com', { kind: 'bad-domain', problem: { kind: 'invalid-character', domain: 'exa/mple.com' } }],
    ['jo]e@example.com', { kind: 'bad-local-part', problem: { kind: 'unquoted-character', character: ']', localPart: 'jo]e' } }],
  ])('an unreadable mailbox %j becomes an invalid entry: %j', (text, reason) => {
    expect(parseMailbox(text)).toMatchObject({ kind: 'invalid', reason });
  });
});
