import { dmarcRecordProblems, type DmarcRecordProblems } from '../lib/report/dmarc-record-problems';
import type { DmarcCheck, NotChecked, Pending, Severity } from '../lib/report/types';
import { CardBadge, CheckState, ResultBadge } from './CheckState';
import { useWords } from './words';

/**
 * DMARC alignment drawn as it is decided (RFC 7489 §3.1): the From domain on the left, each SPF and DKIM
 * domain on the right, and between them whether the mechanism passed and whether the domains align.
 */
export function DmarcCard({ dmarc, severity = null }: { dmarc: DmarcCheck | NotChecked | Pending; severity?: Severity | null }) {
  const { t } = useWords();
  const recordProblems = dmarcRecordProblems(dmarc);
  return (
    <article class="card" data-testid="dmarc-card">
      <h3>DMARC {dmarc.result !== 'pending' && dmarc.result !== 'not-checked' && <CardBadge result={dmarc.result} severity={severity} />}</h3>
      {dmarc.result === 'pending' || dmarc.result === 'not-checked' ? (
        <CheckState state={dmarc} />
      ) : (
        <>
          <p>{dmarc.reason}</p>
          {dmarc.record && (
            <p>
              <span class="muted">_dmarc.{dmarc.domain}: </span>
              <code>{dmarc.record}</code>
            </p>
          )}
          {recordProblems && <RecordProblems problems={recordProblems} />}
          {dmarc.requestedPolicy && <p class="muted">{t('dmarcPolicy', [dmarc.requestedPolicy])}</p>}
          {(dmarc.result === 'pass' || dmarc.result === 'fail') && <p class="muted small">{dmarc.policy.description}</p>}
          <div class="alignment" data-testid="dmarc-alignment">
            <div class="align-from">
              <span class="muted small">{t('fromDomain')}</span>
              <span class="mono">{dmarc.fromDomain}</span>
            </div>
            <ul class="align-list">
              {dmarc.alignment.length === 0 && <li class="muted">{t('alignNothing')}</li>}
              {dmarc.alignment.map((check, index) => (
                <li key={index} class={check.counts ? 'align-ok' : 'align-no'}>
                  <span class="align-link" aria-hidden="true">{check.aligned ? '═══' : '─ ─'}</span>
                  <span class="badge badge-muted">{check.mechanism.toUpperCase()}</span> <span class="mono">{check.domain}</span>{' '}
                  <ResultBadge result={check.result} />{' '}
                  <span class="small">{t(check.aligned ? 'alignedMode' : 'unalignedMode', [check.mode])}</span>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </article>
  );
}

/**
 * What the record says that receivers read otherwise (RFC 7489 §6.3), under the record it quotes: each problem
 * in the page's language (the Report was localized) with the severity lib/report/dmarc-record-problems.ts gives it.
 */
function RecordProblems({ problems }: { problems: DmarcRecordProblems }) {
  const { t } = useWords();
  return (
    <div class="record-problems" data-testid="dmarc-record-problems">
      <p class="small">{t('dmarcRecordProblems')}</p>
      <ul class="small">
        {problems.problems.map(({ problem, severity }, index) => (
          <li key={index} data-severity={severity} data-issue={problem.issue}>
            <span class={`badge badge-${severity}`}>{t(`severity_${severity}`)}</span> {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
