import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkCustomUrl, DEFAULT_SETTINGS, loadSettings, parseAuthservIds, readSettings, saveSettings } from '../../extension/settings';

describe('readSettings', () => {
  it('gives the defaults for nothing stored, and for a value that is not an object', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('cloudflare')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each valid field and replaces each damaged one with its default', () => {
    const read = readSettings({
      resolver: 'opendns', // not a resolver MailTrust knows
      customUrl: 'https://dns.example/dns-query',
      offline: 'yes', // not a boolean
      trustedAuthservIds: ['mx.example.com', 7],
      timeoutMs: 100, // under the 500 ms minimum
      language: 'fr',
      theme: 'dark',
      noteFormat: 'html', // not a note format
      keepRecent: 'none', // not a boolean
    });
    expect(read).toEqual({
      resolver: 'cloudflare',
      customUrl: 'https://dns.example/dns-query',
      offline: false,
      trustedAuthservIds: [],
      timeoutMs: 3000,
      language: 'fr',
      theme: 'dark',
      noteFormat: 'plain',
      keepRecent: true,
    });
    expect(readSettings({ keepRecent: false }).keepRecent).toBe(false);
  });

  it('keeps the note format the agent chose beside "Copy note"', () => {
    expect(readSettings({ noteFormat: 'markdown' }).noteFormat).toBe('markdown');
    expect(readSettings({}).noteFormat).toBe('plain');
  });

  it('accepts the custom resolver choice and every known one', () => {
    for (const resolver of ['custom', 'cloudflare', 'google', 'quad9'] as const) expect(readSettings({ resolver }).resolver).toBe(resolver);
  });
});

describe('parseAuthservIds', () => {
  it('splits on lines, spaces and commas, lower-cases and drops duplicates and blanks', () => {
    expect(parseAuthservIds('mx.Example.com\n\n  mx.example.com, spf.corp.test\tother.test ')).toEqual(['mx.example.com', 'spf.corp.test', 'other.test']);
    expect(parseAuthservIds(' \n ,')).toEqual([]);
  });
});

describe('checkCustomUrl', () => {
  it('accepts an https URL and gives its origin for the permission request', () => {
    expect(checkCustomUrl(' https://dns.example:8443/dns-query ')).toEqual({
      ok: true,
      url: 'https://dns.example:8443/dns-query',
      origin: 'https://dns.example:8443',
      loopback: false,
    });
  });

  it('accepts http only on loopback, where the tests run their DoH server', () => {
    expect(checkCustomUrl('http://127.0.0.1:40123/dns-query')).toMatchObject({ ok: true, loopback: true, origin: 'http://127.0.0.1:40123' });
    expect(checkCustomUrl('http://localhost/dns-query')).toMatchObject({ ok: true, loopback: true });
    expect(checkCustomUrl('http://dns.example/dns-query')).toMatchObject({ ok: false });
  });

  it('refuses other schemes, query strings, text that is no URL, and a known resolver name', () => {
    expect(checkCustomUrl('ftp://127.0.0.1/dns-query')).toMatchObject({ ok: false });
    expect(checkCustomUrl('https://dns.example/dns-query?dns=x')).toMatchObject({ ok: false });
    expect(checkCustomUrl('not a url')).toMatchObject({ ok: false });
    expect(checkCustomUrl('quad9')).toMatchObject({ ok: false });
  });
});

describe('loadSettings and saveSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trip through browser storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    const chosen = { ...DEFAULT_SETTINGS, resolver: 'quad9' as const, offline: true, trustedAuthservIds: ['mx.example.com'], timeoutMs: 1500 };
    await saveSettings(chosen);
    expect(await loadSettings()).toEqual(chosen);
  });
});
