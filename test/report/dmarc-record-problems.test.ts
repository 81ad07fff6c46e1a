// A DMARC record's parse problems (RFC 7489 §6.3) reach the mail admin where the record is shown: the CLI's
// human report and the note for the ticket, in English and French, with the record text as evidence. The
// records are real zone records (in-memory zones) read by the real engine; the expected words are written
// out here, not taken from the catalogs.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../lib/cli/format-report';
import { catalogFor, localizeReport } from '../../lib/i18n/render';
import { reportToMarkdown } from '../../lib/i18n/render/markdown-note';
import { reportToPlainNote } from '../../lib/i18n/render/note-plain';
import type { Lang } from '../../lib/i18n/lang';
import { dmarcRecordProblems, recordProblemSeverity } from '../../lib/report/dmarc-record-problems';
import type { Report } from '../../lib/report/types';
import { ACME, acmeHeaders, acmeZone } from '../helpers/acme-zones';
import { message, run, signed, zoneResolver } from '../analyze/scenario-kit';

/** The sender's signed message, re-checked with `record` published at _dmarc.acme-widgets.com. */
async function withRecord(record: string): Promise<Report> {
  const zone = await acmeZone();
  return run(await signed(message(acmeHeaders()), ACME), zoneResolver({ ...zone, [`_dmarc.${ACME}`]: { TXT: [record] } }));
}

const TYPOS = `v=DMARC1; p=rejct; pct=150; rua=mailto:dmarc@${ACME}; foo=bar`;
const typos = await withRecord(TYPOS);
const noPolicy = await withRecord('v=DMARC1; adkim=x');
const clean = await withRecord('v=DMARC1; p=reject');

function cli(report: Report, lang: Lang): string {
  return formatReport(lang === 'en' ? report : localizeReport(report, lang), { colour: false, catalog: catalogFor(lang) });
}

/** The lines after `heading`, up to the next blank line. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  expect(at, `"${heading}" in:\n${text}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', at);
  return lines.slice(at + 1, end === -1 ? undefined : end);
}

describe('what a record problem weighs', () => {
  it('an invalid p= with a valid rua= gives p=none in place of the policy meant: a warning; the rest is information', () => {
    // RFC 7489 §6.6.3 step 6.1: the record's p=rejct is read as p=none, so DMARC still passes (aligned SPF and DKIM).
    expect(typos.dmarc.result).toBe('pass');
    expect(typos.dmarc.result === 'pass' && typos.dmarc.policy.source).toBe('invalid-record-p-none');
    const shown = dmarcRecordProblems(typos.dmarc);
    expect(shown?.name).toBe(`_dmarc.${ACME}`);
    expect(shown?.text).toBe(TYPOS);
    expect(shown?.problems.map(({ problem, severity }) => `${severity} ${problem.issue} ${problem.tag}`)).toEqual([
      'warn invalid-value p',
      'info unknown-tag foo',
      'info invalid-value pct',
    ]);
  });

  it('a missing p= without rua= leaves no policy (permerror): a warning, and an invalid adkim= is information', () => {
    expect(noPolicy.dmarc.result).toBe('permerror');
    expect(dmarcRecordProblems(noPolicy.dmarc)?.problems.map(({ problem, severity }) => `${severity} ${problem.issue} ${problem.tag}`)).toEqual([
      'warn missing p',
      'info invalid-value adkim',
    ]);
  });

  it('an invalid sp= is weighed as p=; a duplicate p= (the first counts) and an invalid np= are not', () => {
    const policy = { issue: 'invalid-value', expected: { kind: 'policy' }, value: 'rejct', message: '' } as const;
    expect(recordProblemSeverity({ ...policy, tag: 'sp' })).toBe('warn');
    expect(recordProblemSeverity({ ...policy, tag: 'np' })).toBe('info');
    expect(recordProblemSeverity({ tag: 'p', value: 'none', issue: 'duplicate', message: '' })).toBe('info');
  });

  it('a record without problems adds nothing to the CLI or the note', () => {
    expect(dmarcRecordProblems(clean.dmarc)).toBeNull();
    expect(cli(clean, 'en')).not.toContain('DMARC record at');
    expect(reportToPlainNote(clean, 'en')).not.toContain('DMARC record at');
  });
});

describe('the CLI text', () => {
  it('en: the record as evidence, then each problem with its severity, the warning first', () => {
    expect(section(cli(typos, 'en'), `DMARC record at _dmarc.${ACME}:`)).toEqual([
      `  ${TYPOS}`,
      '  warn  p=rejct is not valid: expected none, quarantine or reject',
      '  info  unknown tag foo= is ignored',
      '  info  pct=150 is not valid: expected an integer from 0 to 100; 100 is used',
    ]);
    expect(section(cli(noPolicy, 'en'), `DMARC record at _dmarc.${ACME}:`)).toEqual([
      '  v=DMARC1; adkim=x',
      '  warn  p= is missing (RFC 7489 §6.3: REQUIRED for policy records)',
      '  info  adkim=x is not valid: expected "r" or "s"; relaxed is used',
    ]);
  });

  it('fr: the same, worded in French', () => {
    expect(section(cli(typos, 'fr'), `Enregistrement DMARC en _dmarc.${ACME}\u00a0:`)).toEqual([
      `  ${TYPOS}`,
      '  alerte  « p=rejct » n\'est pas valide : valeur attendue, « none », « quarantine » ou « reject »',
      '  info    la balise inconnue « foo= » est ignorée',
      '  info    « pct=150 » n\'est pas valide : valeur attendue, un entier de 0 à 100 ; 100 s\'applique',
    ]);
  });
});

describe('the note for the ticket', () => {
  it('en, plain text: the record kept as it is, the problems marked as the findings are', () => {
    const note = reportToPlainNote(typos, 'en');
    expect(note).toContain([
      `DMARC record at _dmarc.${ACME}:`,
      '',
      `    ${TYPOS}`,
      '',
      '- ! p=rejct is not valid: expected none, quarantine or reject',
      '- i unknown tag foo= is ignored',
      '- i pct=150 is not valid: expected an integer from 0 to 100; 100 is used',
    ].join('\n'));
  });

  it('fr, plain text and Markdown', () => {
    const plain = reportToPlainNote(noPolicy, 'fr');
    expect(plain).toContain([
      `Enregistrement DMARC en _dmarc.${ACME}\u00a0:`,
      '',
      '    v=DMARC1; adkim=x',
      '',
      '- ! la balise « p= » manque (RFC 7489 §6.3 : obligatoire dans un enregistrement DMARC de politique)',
      '- i « adkim=x » n\'est pas valide : valeur attendue, « r » ou « s » ; « relaxed » s\'applique',
    ].join('\n'));
    const markdown = reportToMarkdown(typos, 'fr');
    // The record fenced as code, so that nothing in it is read as Markdown; the problems escaped as text.
    expect(markdown).toContain(`**Enregistrement DMARC en \\_dmarc.${ACME}\u00a0:**\n\n\`\`\`text\n${TYPOS}\n\`\`\``);
    expect(markdown).toContain('- i la balise inconnue « foo= » est ignorée');
  });
});
