import { describe, expect, it } from 'vitest';
import { parseArcAuthenticationResults, parseAuthenticationResults, type AuthenticationResults } from '../../lib/headers';
import type { AuthResultsProblem } from '../../lib/headers/parse-authentication-results';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';

const words = (lang: 'en' | 'fr', problem: AuthResultsProblem | undefined) => (problem ? catalogFor(lang).parseProblems.authResults(problem, formatFor(lang)) : '');

/** "method=result" for each method, for compact expectations. */
function summary(results: AuthenticationResults): string[] {
  return results.methods.map((method) => `${method.method}=${method.result}`);
}

function property(results: AuthenticationResults, index: number, name: string): string | undefined {
  const [ptype, prop] = name.split('.');
  return results.methods[index]?.properties.find((p) => p.ptype === ptype && p.property === prop)?.value;
}

// RFC 8601 Appendix B, field values written out from the RFC's examples.
describe('RFC 8601 Appendix B examples', () => {
  it('B.2: service provided, no authentication done ("none", with a version)', () => {
    const results = parseAuthenticationResults('example.org 1; none');
    expect(results).toMatchObject({ authservId: 'example.org', version: '1', noResult: true, methods: [], problems: [] });
  });

  it('B.3: one SPF result with its smtp.mailfrom property', () => {
    const results = parseAuthenticationResults('example.com;\r\n          spf=pass smtp.mailfrom=example.net');
    expect(results.authservId).toBe('example.com');
    expect(results.version).toBeNull();
    expect(summary(results)).toEqual(['spf=pass']);
    expect(property(results, 0, 'smtp.mailfrom')).toBe('example.net');
  });

  it('B.4: SMTP AUTH with a comment, SPF, and a separate iprev field with a policy property', () => {
    const first = parseAuthenticationResults(
      'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n          spf=pass smtp.mailfrom=example.net',
    );
    expect(summary(first)).toEqual(['auth=pass', 'spf=pass']);
    expect(first.methods[0]?.comments).toEqual(['cram-md5']);
    expect(property(first, 0, 'smtp.auth')).toBe('sender@example.net');
    const second = parseAuthenticationResults('example.com; iprev=pass\r\n          policy.iprev=192.0.2.200');
    expect(summary(second)).toEqual(['iprev=pass']);
    expect(property(second, 0, 'policy.iprev')).toBe('192.0.2.200');
  });

  it('B.5: results from different MTAs of one ADMD', () => {
    const dkim = parseAuthenticationResults('example.com;\r\n          dkim=pass (good signature) header.d=example.com');
    expect(summary(dkim)).toEqual(['dkim=pass']);
    expect(dkim.methods[0]?.comments).toEqual(['good signature']);
    expect(property(dkim, 0, 'header.d')).toBe('example.com');
    const auth = parseAuthenticationResults(
      'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.com;\r\n          spf=fail smtp.mailfrom=example.com',
    );
    expect(summary(auth)).toEqual(['auth=pass', 'spf=fail']);
  });

  it('B.6: multi-tiered DKIM results with quoted reasons', () => {
    const results = parseAuthenticationResults(
      'example.com;\r\n    dkim=pass reason="good signature"\r\n      header.i=@mail-router.example.net;\r\n    dkim=fail reason="bad signature"\r\n      header.i=@newyork.example.com',
    );
    expect(summary(results)).toEqual(['dkim=pass', 'dkim=fail']);
    expect(results.methods.map((m) => m.reason)).toEqual(['good signature', 'bad signature']);
    expect(property(results, 0, 'header.i')).toBe('@mail-router.example.net');
    expect(property(results, 1, 'header.i')).toBe('@newyork.example.com');
    const relay = parseAuthenticationResults('example.net;\r\n    dkim=pass (good signature) header.i=@newyork.example.com');
    expect(relay.authservId).toBe('example.net');
    expect(summary(relay)).toEqual(['dkim=pass']);
  });

  it('B.7: comments everywhere CFWS is allowed', () => {
    const results = parseAuthenticationResults(
      'foo.example.net (foobar) 1 (baz);\r\n    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n      policy (A dot can go here) . (like that) expired\r\n      (this surprised me) = (as I wasn\'t expecting it) 1362471462',
    );
    expect(results).toMatchObject({ authservId: 'foo.example.net', version: '1', problems: [] });
    expect(results.methods).toHaveLength(1);
    expect(results.methods[0]).toMatchObject({ method: 'dkim', version: '1', result: 'fail' });
    expect(results.methods[0]?.properties).toEqual([{ ptype: 'policy', property: 'expired', value: '1362471462' }]);
    expect(results.methods[0]?.comments).toContain('Because I like it');
  });
});

// Microsoft 365 / Exchange Online write Authentication-Results without an authserv-id, with "action=" after
// dmarc and a "compauth=... reason=NNN" pseudo-method, sometimes with no space after ";".
describe('Microsoft-style Authentication-Results', () => {
  it('a passing message: no authserv-id, action= kept as an extension, compauth with its reason code', () => {
    const results = parseAuthenticationResults(
      'spf=pass (sender IP is 40.107.22.59)\r\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\r\n header.d=contoso.com;dmarc=pass action=none\r\n header.from=contoso.com;compauth=pass reason=100',
    );
    expect(results.authservId).toBeNull();
    expect(summary(results)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass', 'compauth=pass']);
    expect(results.methods[0]?.comments).toEqual(['sender IP is 40.107.22.59']);
    expect(results.methods[2]?.extensions).toEqual([{ name: 'action', value: 'none' }]);
    expect(property(results, 2, 'header.from')).toBe('contoso.com');
    expect(results.methods[3]?.reason).toBe('100');
    expect(results.problems).toEqual([]);
  });

  it('a failing message: quarantine action, unsigned, compauth=fail reason=000', () => {
    const results = parseAuthenticationResults(
      'spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000',
    );
    expect(summary(results)).toEqual(['spf=fail', 'dkim=none', 'dmarc=fail', 'compauth=fail']);
    expect(property(results, 1, 'header.d')).toBe('none');
    expect(results.methods[2]?.extensions).toEqual([{ name: 'action', value: 'quarantine' }]);
    expect(results.methods[3]?.reason).toBe('000');
  });

  it('softfail with a body-hash DKIM failure and "oreject" action', () => {
    const results = parseAuthenticationResults(
      'spf=softfail (sender IP is 192.0.2.55) smtp.mailfrom=fabrikam.com; dkim=fail (body hash did not verify) header.d=fabrikam.com;dmarc=fail action=oreject header.from=fabrikam.com;compauth=none reason=451',
    );
    expect(summary(results)).toEqual(['spf=softfail', 'dkim=fail', 'dmarc=fail', 'compauth=none']);
    expect(results.methods[1]?.comments).toEqual(['body hash did not verify']);
    expect(results.methods[2]?.extensions[0]?.value).toBe('oreject');
  });

  it('a bounce: empty sender IP comment, "<>" mail-from and a trailing ";"', () => {
    const results = parseAuthenticationResults('spf=none (sender IP is ) smtp.mailfrom=<>; ');
    expect(summary(results)).toEqual(['spf=none']);
    expect(property(results, 0, 'smtp.mailfrom')).toBe('<>');
    expect(results.methods[0]?.comments).toEqual(['sender IP is']);
    expect(results.problems).toEqual([]);
  });

  it('temperror, HELO identity and the "bestguesspass" DMARC result', () => {
    const results = parseAuthenticationResults(
      'spf=temperror (sender IP is 203.0.113.9) smtp.helo=mail.example.org; dkim=none (message not signed) header.d=none;dmarc=bestguesspass action=none header.from=example.org;compauth=pass reason=109',
    );
    expect(summary(results)).toEqual(['spf=temperror', 'dkim=none', 'dmarc=bestguesspass', 'compauth=pass']);
    expect(property(results, 0, 'smtp.helo')).toBe('mail.example.org');
  });

  it('an IPv6 sender and a trailing ";" with no compauth', () => {
    const results = parseAuthenticationResults(
      'spf=pass (sender IP is 2a01:111:f400:7e1b::205)\r\n smtp.mailfrom=microsoft.com; dkim=pass (signature was verified)\r\n header.d=microsoft.com;dmarc=pass action=none header.from=microsoft.com;',
    );
    expect(summary(results)).toEqual(['spf=pass', 'dkim=pass', 'dmarc=pass']);
    expect(results.methods[0]?.comments).toEqual(['sender IP is 2a01:111:f400:7e1b::205']);
  });

  it('ARC-Authentication-Results from mx.microsoft.com: instance, authserv-id with version "1"', () => {
    const arc = parseArcAuthenticationResults(
      'i=1; mx.microsoft.com 1; spf=none; dmarc=none\r\n action=none header.from=microsoft.com; dkim=none (message not signed);\r\n arc=none',
    );
    expect(arc.instance).toBe(1);
    expect(arc.results).toMatchObject({ authservId: 'mx.microsoft.com', version: '1' });
    expect(summary(arc.results)).toEqual(['spf=none', 'dmarc=none', 'dkim=none', 'arc=none']);
    expect(arc.results.methods[1]?.extensions).toEqual([{ name: 'action', value: 'none' }]);
  });
});

describe('robustness', () => {
  it('an unreadable resinfo is reported and the next one still read', () => {
    const results = parseAuthenticationResults('mx.example.org; spf; dkim=pass header.d=example.org');
    expect(summary(results)).toEqual(['dkim=pass']);
    expect(results.problems).toEqual([{ problem: 'no-result', method: 'spf' }]);
    expect(words('en', results.problems[0])).toBe('method "spf" has no result');
    expect(words('fr', results.problems[0])).toBe('la méthode « spf » n\'a pas de résultat');
  });

  it.each<[string, string, AuthResultsProblem, string, string]>([
    ['text after the authserv-id', 'mx.example.org junk; spf=pass', { problem: 'text-after-authserv-id', text: 'junk; spf=pass' }, 'unexpected text after the authserv-id: "junk; spf=pass"', 'texte inattendu après l\'authserv-id : « junk; spf=pass »'],
    ['no method name', 'mx.example.org; =pass', { problem: 'no-method', text: '=pass' }, 'expected a method name at "=pass"', 'nom de méthode attendu à « =pass »'],
    ['an empty result', 'mx.example.org; spf= ;', { problem: 'empty-result', method: 'spf' }, 'method "spf" has an empty result', 'la méthode « spf » a un résultat vide'],
    ['a result that is not a keyword', 'mx.example.org; x=from=example.com', { problem: 'not-a-result', method: 'x', text: 'from=example.com' }, '"x=from=example.com" is not a method result', '« x=from=example.com » n\'est pas un résultat de méthode'],
    ['text that is no property', 'mx.example.org; spf=pass /x', { problem: 'unexpected-text', method: 'spf', text: '/x' }, 'unexpected "/x" in the spf result', '« /x » inattendu dans le résultat « spf »'],
    ['a property without value', 'mx.example.org; spf=pass smtp.mailfrom', { problem: 'property-without-value', ptype: 'smtp', property: 'mailfrom' }, 'property "smtp.mailfrom" has no value', 'la propriété « smtp.mailfrom » n\'a pas de valeur'],
    ['a stray word', 'mx.example.org; spf=pass foo', { problem: 'stray-word', method: 'spf', word: 'foo' }, '"foo" in the spf result is neither a property nor a reason', '« foo » dans le résultat « spf » n\'est ni une propriété ni une raison (reason)'],
  ])('%s is a fact, worded in English and French', (_label, value, problem, english, french) => {
    const results = parseAuthenticationResults(value);
    expect(results.problems).toEqual([problem]);
    expect(words('en', results.problems[0])).toBe(english);
    expect(words('fr', results.problems[0])).toBe(french);
  });

  it('an unknown result keyword is kept as written', () => {
    const results = parseAuthenticationResults('mx.example.org; dkim=invalid header.d=example.org');
    expect(results.methods[0]).toMatchObject({ result: 'unknown', resultText: 'invalid' });
  });

  it('ARC-Authentication-Results without i= is reported', () => {
    const arc = parseArcAuthenticationResults('mx.example.org; spf=pass smtp.mailfrom=example.org');
    expect(arc.instance).toBeNull();
    expect(arc.results.problems).toEqual([{ problem: 'no-instance' }]);
    expect(words('en', arc.results.problems[0])).toBe('no "i=" instance tag before the results');
    expect(words('fr', arc.results.problems[0])).toBe('pas de balise d\'instance « i= » avant les résultats');
    expect(summary(arc.results)).toEqual(['spf=pass']);
  });

  it('a Gmail-style result with a comment before the properties', () => {
    const results = parseAuthenticationResults(
      'mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=s1 header.b=Abc+/=;\r\n       spf=pass (google.com: domain of bounce@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=bounce@example.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
    );
    expect(summary(results)).toEqual(['dkim=pass', 'spf=pass', 'dmarc=pass']);
    expect(property(results, 0, 'header.b')).toBe('Abc+/=');
    expect(results.methods[2]?.comments).toEqual(['p=REJECT sp=REJECT dis=NONE']);
  });
});
