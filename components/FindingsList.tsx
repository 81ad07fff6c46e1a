import type { Finding, RecommendationId, Severity } from '../lib/report/types';
import { showControls } from '../lib/report/visible-text';
import { CopyButton } from './CopyButton';
import { EvidenceList } from './EvidenceList';
import { SourceLink } from './SourceLink';
import { useWords } from './words';

// The article's order: PTR, HELO, SPF, authentication, ARC, then what makes mail untrusted or suspended.
const RECOMMENDATION_ORDER: RecommendationId[] = [
  'article.1-ptr', 'article.2-helo', 'article.3-spf', 'article.4-authentication', 'article.5-arc',
  'article.not-trusted', 'article.suspension', 'article.web-forms', 'rfc',
];
const SEVERITY_ORDER: Severity[] = ['fail', 'warn', 'info', 'pass'];

/** Findings grouped by the recommendation they come from; within a group, failures first. Passes stay folded. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const { t, report } = useWords();
  const groups = RECOMMENDATION_ORDER.map((id) => ({
    id,
    findings: findings
      .filter((finding) => finding.recommendation.id === id)
      .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
  })).filter((group) => group.findings.length > 0);
  if (groups.length === 0) return <p class="summary">{t('noFindings')}</p>;
  return (
    <div class="findings" data-testid="findings">
      {groups.map((group) => {
        const worst = group.findings[0]!.severity;
        // RFC findings cite different sections: the group names each once.
        const sources = [...new Set(group.findings.map((finding) => report.recommendationSource(finding.recommendation)))];
        return (
          <section key={group.id} class="finding-group" data-recommendation={group.id}>
            <h3>
              <span class={`badge badge-${worst}`}>{t(`severity_${worst}`)}</span> {report.recommendationTitle(group.findings[0]!.recommendation)}
              <span class="source"> · {sources.join(', ')}</span>
            </h3>
            {group.findings.map((finding, index) => (
              <FindingItem key={`${finding.id}-${index}`} finding={finding} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const { t, number } = useWords();
  const open = finding.severity === 'fail' || finding.severity === 'warn';
  return (
    <details class={`finding finding-${finding.severity}`} data-finding={finding.id} open={open}>
      <summary>
        <span class={`badge badge-${finding.severity}`}>{t(`severity_${finding.severity}`)}</span> <span class="finding-title">{showControls(finding.title)}</span>
        {finding.hop && <span class="source"> · {t(`hop_${finding.hop}`)}</span>}
        <code class="finding-id">{finding.id}</code>
      </summary>
      <p>{showControls(finding.explanation)}</p>
      <SourceLink recommendation={finding.recommendation} />
      {finding.evidence.length > 0 && (
        <details class="evidence-block">
          <summary>{t('evidenceCount', [number(finding.evidence.length)])}</summary>
          <EvidenceList evidence={finding.evidence} />
        </details>
      )}
      {finding.fix && (
        <div class="fix" data-testid="fix">
          <p class="fix-description">
            <strong>{t('fixLabel')}</strong> {finding.fix.description}
            {finding.fix.name && <> · <code>{finding.fix.name}</code></>}
          </p>
          <div class="fix-text">
            <pre class="mono">{finding.fix.text}</pre>
            <CopyButton text={finding.fix.text} />
          </div>
        </div>
      )}
    </details>
  );
}
