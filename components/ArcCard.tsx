import type { ArcCheck, NotChecked, Pending, Severity } from '../lib/report/types';
import type { ArcSignatureCheck } from '../lib/auth/arc/types';
import { CardBadge, CheckState, ResultBadge } from './CheckState';
import { useWords } from './words';

/** The ARC chain instance by instance (RFC 8617): who sealed, whether seal and signature verify, and what each forwarder saw. */
export function ArcCard({ arc, severity = null }: { arc: ArcCheck | NotChecked | Pending; severity?: Severity | null }) {
  const { t } = useWords();
  return (
    <article class="card card-wide" data-testid="arc-card">
      <h3>ARC {arc.result !== 'pending' && arc.result !== 'not-checked' && <CardBadge result={arc.result} severity={severity} />}</h3>
      {arc.result === 'pending' || arc.result === 'not-checked' ? (
        <CheckState state={arc} />
      ) : (
        <>
          <p>{arc.summary}</p>
          {arc.instances.length > 0 && (
            <ol class="arc-chain">
              {arc.instances.map((instance) => {
                const seen = instance.authResults;
                return (
                  <li key={instance.instance} class={arc.result === 'fail' && arc.failedInstance === instance.instance ? 'arc-failed' : ''} data-instance={instance.instance}>
                    <p>
                      <strong>i={instance.instance}</strong> <span class="mono">{instance.seal?.d ?? instance.messageSignature?.d ?? '?'}</span>{' '}
                      <span class="muted">cv={instance.seal?.cv ?? '?'}</span> · {t('arcSeal')} <CheckBadge check={instance.seal?.check} /> · {t('arcSignature')}{' '}
                      <CheckBadge check={instance.messageSignature?.check} />
                      {seen?.authservId && <span class="muted small"> · {seen.authservId}</span>}
                    </p>
                    <FailedCheck label={t('arcSeal')} check={instance.seal?.check} />
                    <FailedCheck label={t('arcSignature')} check={instance.messageSignature?.check} />
                    {seen && (seen.spf || seen.dmarc || seen.dkim.length > 0) ? (
                      <p class="small">
                        {t('arcSaw')} {seen.spf && <span class="saw">spf=<ResultBadge result={seen.spf} /> </span>}
                        {seen.dkim.map((dkim, index) => (
                          <span key={index} class="saw">
                            dkim{dkim.domain ? ` (${dkim.domain})` : ''}=<ResultBadge result={dkim.result} />{' '}
                          </span>
                        ))}
                        {seen.dmarc && <span class="saw">dmarc=<ResultBadge result={seen.dmarc} /></span>}
                      </p>
                    ) : (
                      <p class="small muted">{t('arcSawNothing')}</p>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </article>
  );
}

function CheckBadge({ check }: { check: ArcSignatureCheck | undefined }) {
  if (!check) return <span class="muted">—</span>;
  return (
    <span title={check.status === 'fail' ? check.message : undefined}>
      <ResultBadge result={check.status} />
    </span>
  );
}

/** Why a seal or a message signature did not verify, in the Report's language (its message is worded from facts). */
function FailedCheck({ label, check }: { label: string; check: ArcSignatureCheck | undefined }) {
  const { t } = useWords();
  if (check?.status !== 'fail' || !check.message) return null;
  return (
    <p class="small text-fail" data-testid="arc-check-failure">
      {t('arcCheckFailed', [label, check.message])}
    </p>
  );
}
