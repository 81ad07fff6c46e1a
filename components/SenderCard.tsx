import { Fragment } from 'preact';
import type { HeloCheck, IprevCheck, NotChecked, Pending, Severity } from '../lib/report/types';
import { CardBadge, CheckState } from './CheckState';
import { HostName } from './HostName';
import { useWords } from './words';

/** The sending server as the article's first two recommendations see it: its PTR record and its HELO name. */
export function SenderCard({ iprev, helo, severity = { iprev: null, helo: null } }: { iprev: IprevCheck | NotChecked | Pending; helo: HeloCheck | NotChecked | Pending; severity?: { iprev: Severity | null; helo: Severity | null } }) {
  const { t } = useWords();
  return (
    <article class="card sender-card" data-testid="sender-card">
      <h3>
        {t('ptrTitle')} {iprev.result !== 'pending' && iprev.result !== 'not-checked' && <CardBadge result={iprev.result} severity={severity.iprev} />}
      </h3>
      {iprev.result === 'pending' || iprev.result === 'not-checked' ? (
        <CheckState state={iprev} />
      ) : (
        <dl class="facts">
          <dt>IP</dt>
          <dd class="mono">{iprev.ip}</dd>
          <dt>PTR</dt>
          <dd>{iprev.names.length ? iprev.names.map((name, index) => <Fragment key={name}>{index > 0 && ', '}<HostName name={name} /></Fragment>) : '—'}</dd>
          <dt>{t('forwardConfirmed')}</dt>
          <dd>{iprev.forwardConfirmed ? t('yes') : t('no')}</dd>
          <dt>{t('genericName')}</dt>
          <dd>{iprev.generic ? t('yes') : t('no')}</dd>
        </dl>
      )}
      <h3>
        HELO/EHLO {helo.result !== 'pending' && helo.result !== 'not-checked' && <CardBadge result={helo.result} severity={severity.helo} />}
      </h3>
      {helo.result === 'pending' || helo.result === 'not-checked' ? (
        <CheckState state={helo} />
      ) : (
        <dl class="facts">
          <dt>{t('heloName')}</dt>
          <dd><HostName name={helo.name} /></dd>
          <dt>{t('heloResolves')}</dt>
          <dd>{t(`rule_${helo.resolves.replace('-', '_')}`)}</dd>
          <dt>{t('heloMatchesMx')}</dt>
          <dd>{t(`rule_${helo.matchesMx.replace('-', '_')}`)}</dd>
          <dt>{t('heloSameOrg')}</dt>
          <dd>{t(`rule_${helo.sameOrganization.replace('-', '_')}`)}</dd>
        </dl>
      )}
    </article>
  );
}
