// Gmail's "Show original" page, copied as text: a summary table (Message ID, Created at, From, To,
// Subject, SPF, DKIM, DMARC), the "Download original" / "Copy to clipboard" links, then the raw source.
// The table is kept as what Gmail said; the raw source is what gets parsed.

export interface GmailSummaryRow {
  label: string;
  value: string;
}

export interface GmailOriginal {
  summary: GmailSummaryRow[];
  /** Index (0-based) of the first line of the raw source. */
  rawStart: number;
}

// "(?:[ \t]*:)?[ \t]+" rather than "\s*:?[ \t]+": the optional group must end in ":", so a run of
// spaces can be split only one way and a 100 KB line costs linear time.
const SUMMARY_LABEL = /^(Message ID|Created at|Created on|From|To|Subject|SPF|DKIM|DMARC|Delivered after)(?:[ \t]*:)?[ \t]+(\S.*)?$/i;
const VERDICT_ROW = /^(SPF|DKIM|DMARC)(?:[ \t]*:)?[ \t]+['"]?(PASS|FAIL|NEUTRAL|NONE|SOFTFAIL|TEMPERROR|PERMERROR)/i;
const LINK_LINE = /^(Download original|Copy to clipboard|Show original|Original message)\s*$/i;
const RAW_START = /^(Delivered-To|Received|Return-Path|X-Received|ARC-Seal|X-Google-Smtp-Source|DKIM-Signature|Authentication-Results|MIME-Version):/i;

/** Recognises the page by its title line or the SPF/DKIM/DMARC rows; null when it is not that page. */
export function readGmailOriginal(lines: string[]): GmailOriginal | null {
  const head = lines.slice(0, 60);
  const hasTitle = head.some((line) => /^Original message\s*$/i.test(line.trim()));
  const verdictRows = head.filter((line) => VERDICT_ROW.test(line.trim())).length;
  const hasMessageIdRow = head.some((line) => /^Message ID\s/i.test(line.trim()));
  if (!(hasTitle || (verdictRows >= 2 && hasMessageIdRow))) return null;
  let rawStart = -1;
  let lastLink = -1;
  for (let i = 0; i < head.length; i++) if (LINK_LINE.test((head[i] ?? '').trim())) lastLink = i;
  const searchFrom = lastLink + 1;
  for (let i = searchFrom; i < lines.length && i < searchFrom + 80; i++) {
    if (RAW_START.test(lines[i] ?? '')) {
      rawStart = i;
      break;
    }
  }
  if (rawStart < 0) return null;
  const summary: GmailSummaryRow[] = [];
  for (const line of lines.slice(0, rawStart)) {
    const row = SUMMARY_LABEL.exec(line.trim());
    if (row?.[1] && row[2]) summary.push({ label: row[1], value: withoutLearnMore(row[2].trim()) });
  }
  return { summary, rawStart };
}

/** Gmail's rows end with a "Learn more" link; removed without a regex (a run of spaces stays linear). */
function withoutLearnMore(value: string): string {
  return value.toLowerCase().endsWith('learn more') ? value.slice(0, -'learn more'.length).trimEnd() : value;
}
