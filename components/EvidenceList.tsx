import type { Evidence } from '../lib/report/types';
import { showControls } from '../lib/report/visible-text';
import { useWords } from './words';

/** A finding's evidence: header fields as received, DNS answers, receiver results, check steps. Text only. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul class="evidence">
      {evidence.map((item, index) => (
        <li key={index} class={`evidence-${item.kind}`}>
          <EvidenceItem item={item} />
        </li>
      ))}
    </ul>
  );
}

function EvidenceItem({ item }: { item: Evidence }) {
  const { t, dnsFailure } = useWords();
  switch (item.kind) {
    case 'header':
      return (
        <>
          <span class="evidence-label">{t('evidenceHeader', [item.field, String(item.line)])}</span>
          <pre class="mono">{block(item.text)}</pre>
        </>
      );
    case 'dns':
      return (
        <>
          <span class="evidence-label">
            {t('evidenceDns', [showControls(item.name), item.type])} · {item.failure ? showControls(dnsFailure(item.failure)) : item.rcode}
            {item.ad && <span class="badge badge-ok"> AD</span>} · {item.ms} ms
          </span>
          {item.answers.length > 0 && <pre class="mono">{item.answers.map((answer) => showControls(answer)).join('\n')}</pre>}
        </>
      );
    case 'auth-result':
      return (
        <>
          <span class="evidence-label">
            {item.authservId === null
              ? t(item.trusted ? 'evidenceAuthTrustedUnnamed' : 'evidenceAuthClaimUnnamed', [String(item.line)])
              : t(item.trusted ? 'evidenceAuthTrusted' : 'evidenceAuthClaim', [item.authservId, String(item.line)])}
          </span>
          <pre class="mono">{block(item.text)}</pre>
        </>
      );
    case 'check':
      return (
        <span>
          <span class="evidence-label">{item.check.toUpperCase()}: </span>
          {showControls(item.text)}
        </span>
      );
    case 'note':
      return <span>{showControls(item.text)}</span>;
  }
}

/** Header text in a block: line breaks and tabs kept, other controls and bidi overrides shown (visible-text.ts). */
function block(text: string): string {
  return showControls(text, { lines: true, tabs: true });
}
