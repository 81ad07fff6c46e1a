// The note for the ticket as one model: what it says, in the reader's language, before any syntax. Two
// renderers write it out: plain text that reads well pasted where nothing is rendered (note-plain.ts), and
// Markdown for ticket editors that render it (markdown-note.ts). Header text stays plain strings here; each
// renderer makes it inert in its own way.
import { dmarcRecordProblems } from '../../report/dmarc-record-problems';
import type { Evidence, Finding, Report } from '../../report/types';
import type { Catalog } from '../catalog';
import type { Lang } from '../lang';
import { sourceLink } from './source-link';
import { actionsInWords, type ActionsInWords } from './agent-actions';
import { catalogFor, localizeReport } from './index';
import { dnsSummaryLine } from './dns-line';
import { nowResult } from '../output';

export type NoteInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  /** A finding id: kept in Markdown for scripts that search notes, left out of plain text (words only). */
  | { kind: 'id'; text: string }
  | { kind: 'link'; text: string; url: string };

/** Under a list item: a line of words, or a block of text kept as it is (a header field, a DNS record). */
export type NoteDetail = { kind: 'line'; content: NoteInline[] } | { kind: 'block'; text: string };

export interface NoteItem {
  content: NoteInline[];
  details: NoteDetail[];
}

export type NoteBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; content: NoteInline[] }
  | { kind: 'list'; ordered: boolean; items: NoteItem[] }
  /** Text kept as it is, on lines of its own: a DNS record quoted as evidence. */
  | { kind: 'code'; text: string }
  | { kind: 'footer'; text: string };

export interface Note {
  lang: Lang;
  blocks: NoteBlock[];
}

const SEVERITY_MARK = { fail: '✗', warn: '!', info: 'i', pass: '✓' } as const;

const text = (value: string): NoteInline => ({ kind: 'text', text: value });
const strong = (value: string): NoteInline => ({ kind: 'strong', text: value });
const item = (...content: NoteInline[]): NoteItem => ({ content, details: [] });

/**
 * The note in `lang` (English by default): the Report's words are rendered again in that language. `actions`
 * are the same Report's actions in `lang`, when the caller has them already (ticket-texts.ts).
 */
export function buildNote(original: Report, lang: Lang = 'en', actions: ActionsInWords = actionsInWords(original, lang)): Note {
  const catalog = catalogFor(lang);
  const report = lang === 'en' ? original : localizeReport(original, lang);
  const words = catalog.output;
  const level = (value: Report['verdict']['level']) => catalog.verdict.levels[value];
  const blocks: NoteBlock[] = [{ kind: 'heading', text: words.note.title(level(report.verdict.level)) }];
  blocks.push({ kind: 'paragraph', content: [text(report.verdict.summary)] });
  const today = report.verdict.today;
  if (today) blocks.push({ kind: 'paragraph', content: [strong(words.note.today(level(today.level))), text(` ${today.summary}`)] });
  if (report.verdict.zendeskCauses.length > 0) {
    const causes = report.verdict.zendeskCauses.map((cause) => catalog.verdict.causes[cause]).join(', ');
    blocks.push({ kind: 'paragraph', content: [strong(words.labelled(words.labels.causes)), text(` ${causes}`)] });
  }
  if (report.verdict.reasons.length > 0) blocks.push({ kind: 'list', ordered: true, items: report.verdict.reasons.map((reason) => item(text(reason.text))) });
  // What to do in Zendesk, and what to ask the customer: the note is read by the next agent on the ticket.
  blocks.push({ kind: 'paragraph', content: [strong(words.note.actions)] });
  blocks.push({ kind: 'list', ordered: false, items: [
    ...[actions.recover, actions.allowlist].map((advice) => item(strong(advice.title), text(`${catalog.verdict.punctuation.colon}${advice.why}`))),
    ...actions.ask.map((question) => item(text(question))),
  ] });
  blocks.push({ kind: 'paragraph', content: [strong(words.labels.message)] });
  blocks.push({ kind: 'list', ordered: false, items: messageLines(report, catalog).map((line) => item(text(line))) });
  if (report.thenAndNow.length > 0) {
    blocks.push({ kind: 'paragraph', content: [strong(words.note.thenAndNow)] });
    blocks.push({ kind: 'list', ordered: false, items: report.thenAndNow.map((row) => {
      const what = `${row.method}${row.domain ? ` ${row.domain}` : ''}`;
      const differs = row.differs ? ` (${words.labels.differs}${row.likelyReason ? `${catalog.verdict.punctuation.colon}${words.driftReason[row.likelyReason]}` : ''})` : '';
      return item(text(`${words.labelled(what)} ${words.labels.then} ${row.then?.result ?? '-'}, ${words.labels.now} ${nowResult(row.now, words)}${differs}`));
    }) });
  }
  const shown = report.findings.filter((finding) => finding.severity !== 'pass');
  const passed = report.findings.filter((finding) => finding.severity === 'pass');
  if (shown.length > 0) {
    blocks.push({ kind: 'paragraph', content: [strong(words.labels.findings)] });
    blocks.push({ kind: 'list', ordered: false, items: shown.map((finding) => findingItem(finding, catalog)) });
  }
  blocks.push(...recordProblemBlocks(report, catalog));
  if (passed.length > 0) blocks.push({ kind: 'paragraph', content: [strong(`${words.note.passed}:`), text(` ${passed.map((finding) => finding.title).join('; ')}`)] });
  blocks.push({ kind: 'footer', text: words.note.footer(report.schema, report.checkedAt) });
  return { lang, blocks };
}

/** The DMARC record as evidence, then what receivers read otherwise in it (RFC 7489 §6.3); nothing when it has no problem. */
function recordProblemBlocks(report: Report, catalog: Catalog): NoteBlock[] {
  const record = dmarcRecordProblems(report.dmarc);
  if (!record) return [];
  return [
    { kind: 'paragraph', content: [strong(catalog.output.labelled(catalog.output.dmarcRecordAt(record.name)))] },
    { kind: 'code', text: record.text },
    { kind: 'list', ordered: false, items: record.problems.map(({ problem, severity }) => item(text(`${SEVERITY_MARK[severity]} ${problem.message}`))) },
  ];
}

function messageLines(report: Report, catalog: Catalog): string[] {
  const words = catalog.output;
  const m = report.message;
  const lines = [
    `${words.labelled(words.labels.from)} ${m.from.map((a) => a.address).join(', ') || words.labels.none}`,
    `${words.labelled(words.labels.subject)} ${m.subject ?? words.labels.none}`,
  ];
  if (report.edge) lines.push(`${words.labelled(words.note.sendingServer)} ${report.edge.ip ?? '?'} (HELO ${report.edge.helo ?? '?'}) ${words.labels.receivedBy} ${report.edge.receiver ?? '?'}`);
  if (report.edge?.reasonText) lines.push(`${words.labelled(words.note.whyThisHop)} ${report.edge.reasonText}`);
  if (report.origin) lines.push(`${words.labelled(words.note.originalSender)} ${report.origin.ip ?? '?'} (HELO ${report.origin.helo ?? '?'})`);
  lines.push(dnsSummaryLine(report.dns, words));
  return lines;
}

function findingItem(finding: Finding, catalog: Catalog): NoteItem {
  const details: NoteDetail[] = [{ kind: 'line', content: [text(finding.explanation)] }];
  const source = `${finding.recommendation.title} (${finding.recommendation.source})`;
  const url = sourceLink(finding.recommendation, catalog.lang);
  details.push({ kind: 'line', content: [url ? { kind: 'link', text: source, url } : text(source)] });
  const header = finding.evidence.find((e): e is Extract<Evidence, { kind: 'header' }> => e.kind === 'header');
  if (header) details.push({ kind: 'block', text: header.text });
  if (finding.fix) {
    details.push({ kind: 'line', content: [text(`${catalog.output.labelled(capitalize(catalog.output.labels.fix))} ${finding.fix.description}`)] });
    details.push({ kind: 'block', text: finding.fix.text });
  }
  return { content: [text(`${SEVERITY_MARK[finding.severity]} `), strong(finding.title), text(' '), { kind: 'id', text: finding.id }], details };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
