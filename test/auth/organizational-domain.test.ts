import { describe, expect, it } from 'vitest';
import { isSameOrganization, organizationalDomain } from '../../lib/auth/organizational-domain';

describe('organizationalDomain (RFC 7489 §3.2)', () => {
  it('keeps the public suffix plus one label', () => {
    expect(organizationalDomain('mail.example.com')).toBe('example.com');
    expect(organizationalDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(organizationalDomain('Example.COM.')).toBe('example.com');
  });

  it('gives a public suffix as its own organizational domain', () => {
    expect(organizationalDomain('co.uk')).toBe('co.uk');
  });

  it('has none for an IP address or text that is not a name', () => {
    expect(organizationalDomain('192.0.2.1')).toBeUndefined();
    expect(organizationalDomain('')).toBeUndefined();
    expect(organizationalDomain('exa mple.com')).toBeUndefined();
    expect(organizationalDomain('a..example.com')).toBeUndefined();
  });
});

describe('isSameOrganization', () => {
  it('is true for two names under one organizational domain, false across suffix siblings', () => {
    expect(isSameOrganization('mail.example.com', 'news.example.com')).toBe(true);
    expect(isSameOrganization('example.co.uk', 'other.co.uk')).toBe(false);
    expect(isSameOrganization('mail.otherdomain.com', 'example.com')).toBe(false);
  });
});
