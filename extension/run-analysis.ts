// Runs the engine in the page that shows the result (popup or report tab), with the resolver the options
// chose: the engine's own DoH client fetches from the page, which holds the host permission.
import { analyze } from '../lib/index';
import { createResolver } from '../lib/dns/create-resolver';
import { OfflineResolver } from '../lib/dns/offline-resolver';
import { overlayZone } from '../lib/dns/overlay-resolver';
import { parseZone } from '../lib/dns/zone';
import type { Resolver } from '../lib/dns/types';
import type { ProgressEvent, Report, ReportDraft } from '../lib/report/types';
import type { Settings } from './settings';
import type { Lang } from '../lib/i18n/lang';
import { catalogFor, localizeReport } from '../lib/i18n/render';
import { formatFor } from '../lib/i18n/format';
import { ticketTexts, type TicketTexts } from '../lib/i18n/render/ticket-texts';

/** A TXT record to put in front of the live resolver ("what if I published this?"). */
export interface OverlayRecord {
  name: string;
  value: string;
}

export interface AnalysisRequest {
  text: string;
  settings: Settings;
  hop?: 'edge' | 'origin';
  overlay?: OverlayRecord[];
  signal?: AbortSignal;
  /** The page's language: drafts and `shown` come in it (the Report itself keeps the engine's English). */
  lang?: Lang;
  onDraft?: (draft: ReportDraft, progress: { completed: number; total: number; queries: number }) => void;
}

/**
 * `report` as the engine wrote it (English words: the JSON export), `shown` in the page's language, and
 * `ticket`, the actions and the note for the ticket in the page's language.
 */
export type AnalysisOutcome = { ok: true; report: Report; shown: Report; ticket: TicketTexts } | { ok: false; error: string };

export type ResolverOutcome = { ok: true; resolver: Resolver } | { ok: false; error: string };

export function resolverFor(settings: Settings, overlay: OverlayRecord[] = [], lang: Lang = 'en'): ResolverOutcome {
  const words = catalogFor(lang).dnsSetup;
  const records = overlay.filter((record) => record.name.trim() !== '');
  let zone;
  if (records.length > 0) {
    const json: Record<string, { TXT: string[][] }> = {};
    for (const record of records) (json[record.name.trim()] ??= { TXT: [] }).TXT.push(splitTxt(record.value));
    const parsed = parseZone(json);
    if (!parsed.ok) return { ok: false, error: words.zoneProblem(parsed.problem) };
    zone = parsed.zone;
  }
  if (settings.offline) {
    // Offline stays offline with an overlay: the edited record answers, nothing else is asked.
    return { ok: true, resolver: zone ? overlayZone(zone, new OfflineResolver(), 'what-if') : new OfflineResolver() };
  }
  const created = createResolver({
    resolver: settings.resolver === 'custom' ? settings.customUrl : settings.resolver,
    timeoutMs: settings.timeoutMs,
    ...(zone ? { zone: { zone, mode: 'overlay' as const } } : {}),
  });
  return created.ok ? { ok: true, resolver: created.resolver } : { ok: false, error: words.resolverProblem(created.problem, formatFor(lang)) };
}

/** A TXT value longer than 255 octets is published as several character-strings (RFC 1035 §3.3.14). */
function splitTxt(value: string): string[] {
  const text = value.trim().replace(/^"|"$/g, '');
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += 255) chunks.push(text.slice(at, at + 255));
  return chunks.length ? chunks : [''];
}

export async function runAnalysis(request: AnalysisRequest): Promise<AnalysisOutcome> {
  const resolver = resolverFor(request.settings, request.overlay, request.lang);
  if (!resolver.ok) return resolver;
  let completed = 0;
  let total = 0;
  let queries = 0;
  let latest: ReportDraft | null = null;
  const onProgress = (event: ProgressEvent) => {
    if (event.type === 'query') queries++;
    else {
      latest = event.draft;
      if (event.type === 'check') ({ completed, total } = event);
    }
    if (latest) request.onDraft?.(inPageLanguage(latest), { completed, total, queries });
  };
  // The renderer runs here, in the engine's chunk, so the popup's first paint does not carry the catalogs.
  const inPageLanguage = <R extends Report | ReportDraft>(report: R): R => (request.lang && request.lang !== 'en' ? localizeReport(report, request.lang) : report);
  try {
    const report = await analyze(request.text, {
      resolver: resolver.resolver,
      now: new Date(),
      trustedAuthservIds: request.settings.trustedAuthservIds,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.hop ? { hop: request.hop } : {}),
      onProgress,
    });
    return { ok: true, report, shown: inPageLanguage(report), ticket: ticketTexts(report, request.lang ?? 'en') };
  } catch (error) {
    // analyze() returns problems as values; this guards the page against a fault of the program.
    return { ok: false, error: String(error) };
  }
}
