import type { Finding, VerdictReason } from '../lib/report/types';
import { findingGroup, orderByWeight, shownSeverity, type FindingGroup } from '../lib/report/shown-severity';
import { showControls } from '../lib/report/visible-text';
import { CopyButton } from './CopyButton';
import { EvidenceList } from './EvidenceList';
import { SourceLink } from './SourceLink';
import { useWords } from './words';

const GROUPS: readonly FindingGroup[] = ['act', 'note', 'passed'];

/**
 * The findings in three groups, to act on, to note, passed, each in the order of its weight in the verdict
 * (the findings of the reasons that decided it first). Badges come from shownSeverity, as the cards' do.
 * What passed stays folded.
 */
export function FindingsList({ findings, reasons = [] }: { findings: Finding[]; reasons?: readonly Pick<VerdictReason, 'findings'>[] }) {
  const { t, number } = useWords();
  if (findings.length === 0) return <p class="summary">{t('noFindings')}</p>;
  const ordered = orderByWeight(findings, reasons);
  return (
    <div class="findings" data-testid="findings">
      {GROUPS.map((group) => {
        const members = ordered.filter((finding) => findingGroup(finding) === group);
        if (members.length === 0) return null;
        const items = members.map((finding, index) => <FindingItem key={`${finding.id}-${index}`} finding={finding} open={group === 'act'} />);
        const heading = t(`findingGroup_${group}`, [number(members.length)]);
        return group === 'passed' ? (
          <details key={group} class="finding-group" data-group={group}>
            <summary><h3>{heading}</h3></summary>
            {items}
          </details>
        ) : (
          <section key={group} class="finding-group" data-group={group}>
            <h3>{heading}</h3>
            {items}
          </section>
        );
      })}
    </div>
  );
}

function FindingItem({ finding, open }: { finding: Finding; open: boolean }) {
  const { t, number, report } = useWords();
  const severity = shownSeverity(finding);
  return (
    <details class={`finding finding-${severity}`} data-finding={finding.id} data-severity={severity} data-recommendation={finding.recommendation.id} open={open}>
      <summary>
        <span class={`badge badge-${severity}`}>{t(`severity_${severity}`)}</span> <span class="finding-title">{showControls(finding.title)}</span>
        {finding.hop && <span class="source"> · {t(`hop_${finding.hop}`)}</span>}{' '}
        <code class="finding-id">{finding.id}</code>
      </summary>
      <p>{showControls(finding.explanation)}</p>
      <p class="finding-recommendation source">
        {report.recommendationTitle(finding.recommendation)} · <SourceLink recommendation={finding.recommendation} />
      </p>
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
