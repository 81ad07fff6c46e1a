import { Fragment } from 'preact';
import type { MxCheck, NotChecked, Pending, Severity } from '../lib/report/types';
import type { MxHost } from '../lib/auth/mx/types';
import { CardBadge, CheckState } from './CheckState';
import { useWords, type MessageLookup } from './words';

/** Can the agent's reply reach the From domain? Its MX hosts and their addresses (RFC 5321 §5.1), or the null MX (RFC 7505). */
export function MxCard({ mx, severity = null }: { mx: MxCheck | NotChecked | Pending; severity?: Severity | null }) {
  const { t } = useWords();
  return (
    <article class="card" data-testid="mx-card">
      <h3>
        {t('mxTitle')} {mx.result !== 'pending' && mx.result !== 'not-checked' && <CardBadge result={mx.result} severity={severity} />}
      </h3>
      {mx.result === 'pending' || mx.result === 'not-checked' ? <CheckState state={mx} /> : <MxFacts mx={mx} />}
    </article>
  );
}

function MxFacts({ mx }: { mx: MxCheck }) {
  const { t } = useWords();
  const domain = (
    <>
      <dt>{t('mxDomain')}</dt>
      <dd class="mono">{mx.domain}</dd>
    </>
  );
  switch (mx.result) {
    case 'pass':
    case 'unresolvable':
      return (
        <dl class="facts" data-state={mx.result}>
          {domain}
          {mx.hosts.map((host) => (
            <Fragment key={host.exchange}>
              <dt class="mono">MX {host.preference}</dt>
              <dd class="mono" data-testid="mx-host">{host.exchange} → {resolution(host, t)}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case 'null':
      return <dl class="facts" data-state="null">{domain}<dt>MX</dt><dd data-testid="mx-null">{t('mxNull')}</dd></dl>;
    case 'none':
      return <dl class="facts" data-state="none">{domain}<dt>MX</dt><dd>{mx.addresses.length > 0 ? t('mxImplicit', [mx.addresses.join(', ')]) : t('mxNowhere')}</dd></dl>;
    case 'nonexistent':
      return <dl class="facts" data-state="nonexistent">{domain}<dt>MX</dt><dd>{t('mxNonexistent')}</dd></dl>;
    case 'temperror':
      return <dl class="facts" data-state="temperror">{domain}<dt>MX</dt><dd>{t('mxTemperror')}</dd></dl>;
  }
}

function resolution(host: MxHost, t: MessageLookup): string {
  switch (host.resolution.kind) {
    case 'addresses':
      return host.resolution.addresses.join(', ');
    case 'none':
      return t('mxNoAddress');
    case 'problem':
      return t('mxTemperror');
  }
}
