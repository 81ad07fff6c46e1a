import type { AddressSummary } from '../lib/report/types';
import { showControls } from '../lib/report/visible-text';
import type { ShownReport } from './report-shape';
import { HostName } from './HostName';
import { useWords } from './words';

function addresses(list: AddressSummary[]): string {
  return showControls(list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', '));
}

/** Who sent what, when, through which edge: the few facts an agent checks first. */
export function MessageFacts({ report }: { report: ShownReport }) {
  const { t, dateTime } = useWords();
  const { message, edge, origin } = report;
  const date = message.date ? dateTime(message.date) : null;
  return (
    <dl class="facts facts-wide" data-testid="message-facts">
      <dt>{t('subject')}</dt>
      <dd data-testid="fact-subject">{message.subject === null ? '—' : showControls(message.subject)}</dd>
      <dt>{t('from')}</dt>
      <dd data-testid="fact-from">{addresses(message.from) || '—'}</dd>
      {message.replyTo.length > 0 && (
        <>
          <dt>{t('replyTo')}</dt>
          <dd>{addresses(message.replyTo)}</dd>
        </>
      )}
      <dt>{t('to')}</dt>
      <dd>{addresses(message.to) || '—'}</dd>
      <dt>{t('date')}</dt>
      <dd>{date ? `${date.local} (${date.utc})` : showControls(message.dateText ?? '—')}</dd>
      <dt>{t('returnPath')}</dt>
      <dd class="mono">{message.returnPath === null ? '—' : message.returnPath === '' ? '<>' : showControls(message.returnPath)}</dd>
      <dt>{t('edgeHop')}</dt>
      <dd class="mono" data-testid="fact-edge">{edge ? <Route hop={edge} /> : t('edgeNotFound')}</dd>
      {origin && (
        <>
          <dt>{t('originHop')}</dt>
          <dd class="mono"><Route hop={origin} /></dd>
        </>
      )}
      <dt>{t('evaluatedHop')}</dt>
      <dd data-testid="fact-evaluated-hop">{t(`hop_${report.evaluatedHop}`)}</dd>
      <dt>{t('inputKind')}</dt>
      <dd data-testid="fact-input">{t(`input_${report.input.kind.replace('-', '_')}`)}</dd>
    </dl>
  );
}

/** helo [ip] → receiver, the host names breaking at their dots only. */
function Route({ hop }: { hop: { helo: string | null; ip: string | null; receiver: string | null } }) {
  return (
    <>
      {hop.helo ? <HostName name={hop.helo} /> : '?'} [{hop.ip === null ? '?' : showControls(hop.ip)}] → {hop.receiver ? <HostName name={hop.receiver} /> : '?'}
    </>
  );
}
