// The last analyses the user ran (subject, sender, verdict, time), kept in the extension's local storage so
// a message can be reopened later. Nothing here leaves the browser: storage.local is on this machine only
// (not storage.sync). The options can turn it off ("keep none"), which also empties what was kept.
import { headerSectionOf } from '../lib/message/header-section';
import type { Report, VerdictLevel } from '../lib/report/types';

export const RECENT_LIMIT = 20;
/** A message up to this is kept whole for reopening; a larger one keeps its header section (as a huge paste does). */
export const RECENT_TEXT_MAX_CHARS = 512 * 1024;
const KEY = 'recent';

export interface RecentAnalysis {
  id: string;
  subject: string | null;
  /** The From address (the first one, as the report shows it). */
  sender: string | null;
  level: VerdictLevel;
  /** When the analysis finished, ms since the epoch. */
  analysedAt: number;
  /** What reopening analyses again: the message, or its header section when it was larger than RECENT_TEXT_MAX_CHARS. */
  text: string;
  bodyKept: boolean;
}

const LEVELS: ReadonlySet<string> = new Set<VerdictLevel>(['trusted', 'low-trust', 'likely-suspended', 'unknown']);

/** Stored entries are checked one by one: a damaged entry is dropped, the others stay. */
export function readRecent(stored: unknown): RecentAnalysis[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((entry): entry is RecentAnalysis => {
    if (typeof entry !== 'object' || entry === null) return false;
    const e = entry as Record<string, unknown>;
    const nullableString = (v: unknown) => v === null || typeof v === 'string';
    return typeof e.id === 'string' && nullableString(e.subject) && nullableString(e.sender) && typeof e.level === 'string' && LEVELS.has(e.level) &&
      typeof e.analysedAt === 'number' && typeof e.text === 'string' && typeof e.bodyKept === 'boolean';
  });
}

/** The list with this analysis on top: the same text analysed again moves up instead of appearing twice. */
export function addRecent(list: readonly RecentAnalysis[], report: Report, text: string, analysedAt: number, id: string = crypto.randomUUID()): RecentAnalysis[] {
  const bodyKept = text.length <= RECENT_TEXT_MAX_CHARS;
  const kept = bodyKept ? text : headerSectionOf(text);
  const entry: RecentAnalysis = {
    id,
    subject: report.message.subject,
    sender: report.message.from[0]?.address ?? null,
    level: report.verdict.level,
    analysedAt,
    text: kept,
    bodyKept,
  };
  return [entry, ...list.filter((other) => other.text !== kept)].slice(0, RECENT_LIMIT);
}

export async function loadRecent(): Promise<RecentAnalysis[]> {
  return readRecent((await browser.storage.local.get(KEY))[KEY]);
}

/** Adds a finished analysis of an email (never a refused input); with `keep` false nothing is stored. */
export async function recordAnalysis(report: Report, text: string, keep: boolean): Promise<void> {
  if (!keep || report.input.kind === 'not-email') return;
  await browser.storage.local.set({ [KEY]: addRecent(await loadRecent(), report, text, Date.now()) });
}

export async function clearRecent(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
