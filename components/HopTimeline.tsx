import type { EdgeSummary, Hop, OriginSummary } from '../lib/report/types';
import { formatFor } from '../lib/i18n/format';
import { HostName } from './HostName';
import { useWords } from './words';

/**
 * The Received hops from the first sender to the mailbox (oldest first) as a compact table, one row a hop:
 * from, IP, by, delay since the previous hop, TLS. A row opens on demand to its detail: why it is the edge
 * or origin, its time in the user's zone and in UTC, the delay drawn as a bar, the protocol and the field
 * as received. A negative delay is the two hosts' clocks disagreeing, shown as clock skew, never as a bar.
 */
export function HopTimeline({ hops, edge, origin }: { hops: Hop[]; edge: EdgeSummary | null; origin: OriginSummary | null }) {
  const { t, number, lang } = useWords();
  const { duration } = formatFor(lang);
  if (hops.length === 0) return <p class="summary">{t('noHops')}</p>;
  // Oldest first, read from where each field sits in the message (the lowest Received field is the oldest).
  const ordered = [...hops].sort((a, b) => b.line - a.line);
  const longest = Math.max(1, ...hops.map((hop) => (hop.delaySeconds !== null && hop.delaySeconds > 0 ? hop.delaySeconds : 0)));
  const total = hops.reduce((sum, hop) => sum + (hop.delaySeconds !== null && hop.delaySeconds > 0 ? hop.delaySeconds : 0), 0);
  return (
    <>
      <p class="summary" data-testid="hop-summary">{hops.length === 1 ? t('hopSummaryOne', [duration(total)]) : t('hopSummary', [number(hops.length), duration(total)])}</p>
      <div class="hop-columns hop-grid" data-testid="hop-columns">
        <span />
        <span>{t('hopFrom')}</span>
        <span>IP</span>
        <span>{t('hopBy')}</span>
        <span>{t('hopDelay')}</span>
        <span>TLS</span>
      </div>
      <ol class="hop-table" data-testid="timeline">
        {ordered.map((hop) => (
          <HopRow key={hop.index} hop={hop} edge={edge?.hopIndex === hop.index ? edge : null} origin={origin?.hopIndex === hop.index ? origin : null} longest={longest} />
        ))}
      </ol>
    </>
  );
}

function HopRow({ hop, edge, origin, longest }: { hop: Hop; edge: EdgeSummary | null; origin: OriginSummary | null; longest: number }) {
  const { t, dateTime, lang } = useWords();
  const { duration } = formatFor(lang);
  const isEdge = edge !== null;
  const isOrigin = origin !== null;
  const reason = edge?.reasonText ?? origin?.reasonText;
  const time = hop.date ? dateTime(hop.date) : null;
  const skew = hop.delaySeconds !== null && hop.delaySeconds < 0;
  const from = hop.helo ?? hop.rdns;
  return (
    <li class={`hop${isEdge ? ' hop-edge' : ''}${isOrigin ? ' hop-origin' : ''}${hop.internal ? ' hop-internal' : ''}${hop.receivingSide ? ' hop-receiving' : ''}`} data-hop={hop.index}>
      <details>
        <summary class="hop-route hop-grid" data-testid="hop-row">
          <span class="hop-toggle" aria-hidden="true" />
          <span class="hop-from">
            {from ? <HostName name={from} /> : <span class="muted">?</span>}
            {isEdge && <> <span class="badge badge-edge" data-testid="edge-badge">{t('edgeHop')}</span></>}
            {isOrigin && <> <span class="badge badge-origin">{t('originHop')}</span></>}
          </span>
          <span class="hop-ip mono">{hop.ip ?? '—'}</span>
          <span class="hop-by">{hop.by ? <HostName name={hop.by} /> : <span class="muted">?</span>}</span>
          <span class="hop-delay">
            {skew ? (
              <span class="badge badge-warn" data-testid="clock-skew">{t('clockSkew', [duration(hop.delaySeconds!)])}</span>
            ) : hop.delaySeconds === null ? (
              <span class="muted">—</span>
            ) : (
              <>+{duration(hop.delaySeconds)}</>
            )}
          </span>
          <span class="hop-tls">
            {hop.tls ? (
              <span class="badge badge-ok" title={hop.tls.cipher ?? ''}>{hop.tls.version ? hop.tls.version.replace(/_/g, '.') : 'TLS'}</span>
            ) : hop.with ? (
              <span class="badge badge-muted">{t('noTls')}</span>
            ) : (
              <span class="muted">—</span>
            )}
          </span>
        </summary>
        <div class="hop-detail" data-testid="hop-detail">
          <div class="hop-head">
            {hop.internal && <span class="badge badge-muted">{t('internalHop')}</span>}
            {hop.receivingSide && !isEdge && <span class="badge badge-muted">{t('receivingSide')}</span>}
            {hop.submission ? <span class="badge badge-muted" data-testid="submission-badge">{t('submissionHop')}</span> : hop.authenticated && <span class="badge badge-muted">{t('authenticatedHop')}</span>}
            {hop.with && <span class="muted small">{hop.with}</span>}
          </div>
          {reason && (
            <div class="small muted" data-testid={isEdge ? 'edge-reason' : 'origin-reason'}>
              {t('edgeReason', [reason])}
            </div>
          )}
          <div class="hop-time">
            {time ? (
              <span>
                <time dateTime={hop.date ?? undefined}>{time.local}</time> <span class="muted">({time.utc})</span>
              </span>
            ) : (
              <span class="muted">{t('noDate')}</span>
            )}
            {!skew && hop.delaySeconds !== null && (
              <span class="delay">
                <span class="delay-bar" style={{ width: `${Math.max(2, (hop.delaySeconds / longest) * 100)}%` }} />
                <span class="delay-text">+{duration(hop.delaySeconds)}</span>
              </span>
            )}
          </div>
        </div>
      </details>
    </li>
  );
}
