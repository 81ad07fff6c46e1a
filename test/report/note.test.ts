// The note for the ticket, pasted where nothing renders Markdown: plain text with no backslash escapes, no
// finding or cause ids, the labels in the reader's language; the same note model in Markdown keeps its
// escapes and adds the sources as links.
import { describe, expect, it } from 'vitest';
import { catalogFor, localizeReport } from '../../lib/i18n/render';
import { reportToMarkdown } from '../../lib/i18n/render/markdown-note';
import { reportToPlainNote } from '../../lib/i18n/render/note-plain';
import { LANGS } from '../../lib/i18n/lang';
import type { Report } from '../../lib/report/types';
import { LEVELS, offlineVerdictMessages, verdictReports } from '../helpers/four-verdicts';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { run } from '../analyze/scenario-kit';
import { agentActions } from '../../lib/verdict/agent-actions';
import { actionsInWords } from '../../lib/i18n/render/agent-actions';

const reports = await verdictReports();

/** What a Markdown escape looks like: a backslash before ASCII punctuation (CommonMark §2.4). */
const BACKSLASH_ESCAPE = /\\[!-/:-@[-`{-~]/;

const cases = LEVELS.flatMap((level) => LANGS.map((lang) => [level, lang] as const));

describe('the plain-text note', () => {
  it('covers the four verdicts', () => {
    expect(LEVELS.map((level) => reports[level].verdict.level)).toEqual(LEVELS);
  });

  it.each(cases)('%s in %s reads well unrendered', (level, lang) => {
    const report: Report = reports[level];
    const plain = reportToPlainNote(report, lang);
    const catalog = catalogFor(lang);
    const words = catalog.output;
    expect(plain).not.toMatch(BACKSLASH_ESCAPE);
    expect(plain).not.toMatch(/\*\*|`|^#{1,6} /m);
    for (const finding of report.findings) expect(plain).not.toContain(finding.id);
    for (const cause of report.verdict.zendeskCauses) {
      expect(plain).not.toContain(cause);
      expect(plain).toContain(catalog.verdict.causes[cause]);
    }
    expect(plain.split('\n')[0]).toBe(words.note.title(catalog.verdict.levels[level]));
    for (const label of [words.labels.message, `${words.labelled(words.labels.from)} `, `${words.labelled(words.labels.subject)} `]) expect(plain).toContain(label);
    // Addresses and addresses' dots as written, not as Markdown escapes them.
    expect(plain).toContain(`${words.labelled(words.labels.from)} ${report.message.from[0]?.address}`);
    // The findings' titles in the reader's language, each with its source's URL.
    const shown = localizeReport(report, lang).findings.filter((finding) => finding.severity !== 'pass');
    for (const finding of shown) expect(plain).toContain(finding.title);
    if (shown.some((finding) => finding.recommendation.id !== 'rfc')) expect(plain).toContain(`https://support.zendesk.com/hc/${lang === 'fr' ? 'fr' : 'en-us'}/articles/`);
  });

  it.each(cases)('%s in %s says what to do in Zendesk', (level, lang) => {
    const plain = reportToPlainNote(reports[level], lang);
    const actions = actionsInWords(reports[level], lang);
    const colon = lang === 'fr' ? '\u00a0:' : ':'; // French puts a non-breaking space before the colon
    expect(plain).toContain(`\n${catalogFor(lang).output.note.actions}\n\n- ${actions.recover.title}${colon} ${actions.recover.why}\n- ${actions.allowlist.title}${colon} ${actions.allowlist.why}`);
    for (const question of actions.ask) expect(plain).toContain(`- ${question}`);
  });

  it('says offline once, without the resolver label or a count of zero queries', () => {
    const plain = reportToPlainNote(reports.unknown);
    expect(plain).toContain('- DNS: offline, nothing was re-checked\n');
    expect(plain).not.toMatch(/offline.*offline/);
    expect(plain).not.toContain('0 queries');
  });

  it('names a zone file once', () => {
    expect(reportToPlainNote(reports.trusted)).toMatch(/^- DNS: zone file, \d+ queries$/m);
  });

  it('keeps a URL in the subject as written', () => {
    expect(reportToPlainNote(reports['low-trust'])).toContain('Subject: Order page http://shop.example/orders is down');
  });

  it('numbers the reasons 1, 2, 3 and indents a finding\'s fix under it', () => {
    const plain = reportToPlainNote(reports['low-trust']);
    const reasons = reports['low-trust'].verdict.reasons;
    reasons.forEach((reason, index) => expect(plain).toContain(`${index + 1}. ${reason.text}`));
    const fixed = reports['low-trust'].findings.find((finding) => finding.fix);
    expect(fixed).toBeDefined();
    expect(plain).toContain(`      ${fixed?.fix?.text.split('\n')[0]}`);
  });
});

describe('the messages of the end-to-end tests (test/e2e/agent-takeaway.test.ts)', () => {
  it('give the four verdicts offline, on the receiver\'s recorded results, and one has fixes for the administrator', async () => {
    const messages = offlineVerdictMessages();
    const offline = await Promise.all(LEVELS.map((level) => run(messages[level], new OfflineResolver())));
    expect(offline.map((report) => report.verdict.level)).toEqual(LEVELS);
    expect(agentActions(offline[1]!).adminMessage).not.toBeNull();
  });
});

describe('the Markdown note from the same model', () => {
  it('escapes header text, keeps the finding ids for scripts, and links each source', () => {
    const markdown = reportToMarkdown(reports['low-trust'], 'en');
    expect(markdown).toContain('alice\\@acme-widgets.com');
    expect(markdown).toContain('`dmarc.fail`');
    expect(markdown).toContain('](https://support.zendesk.com/hc/en-us/articles/4412991936922#:~:text=Recommendation%204%3A%20DMARC%20and%20DKIM)');
    expect(markdown).toContain('http\\://shop.example');
  });
});
