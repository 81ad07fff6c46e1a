import type { HeloCheck, IprevCheck, NotChecked, Pending } from '../lib/report/types';
import { CheckState, ResultBadge } from './CheckState';
import { useWords } from './words';

/** The sending server as the article's first two recommendations see it: its PTR record and its HELO name. */
export function SenderCard({ iprev, helo }: { iprev: IprevCheck | NotChecked | Pending; helo: HeloCheck | NotChecked | Pending }) {
  const { t } = useWords();
  return (
    <article class="card" data-testid="sender-card">
      <h3>
        {t('ptrTitle')} {iprev.result !== 'pending' && iprev.result !== 'not-checked' && <ResultBadge result={iprev.result} />}
      </h3>
      {iprev.result === 'pending' || iprev.result === 'not-checked' ? (
        <CheckState state={iprev} />
      ) : (
        <dl class="facts">
          <dt>IP</dt>
          <dd class="mono">{iprev.ip}</dd>
          <dt>PTR</dt>
          <dd class="mono">{iprev.names.length ? iprev.names.join(', ') : '—'}</dd>
          <dt>{t('forwardConfirmed')}</dt>
          <dd>{iprev.forwardConfirmed ? t('yes') : t('no')}</dd>
          <dt>{t('genericName')}</dt>
          <dd>{iprev.generic ? t('yes') : t('no')}</dd>
        </dl>
      )}
      <h3>
        HELO/EHLO {helo.result !== 'pending' && helo.result !== 'not-checked' && <ResultBadge result={helo.result} />}
      </h3>
      {helo.result === 'pending' || helo.result === 'not-checked' ? (
        <CheckState state={helo} />
      ) : (
        <dl class="facts">
          <dt>{t('heloName')}</dt>
          <dd class="mono">{helo.name}</dd>
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
