import type { Evidence } from '../lib/report/types';
import { t } from '../extension/i18n';

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
  switch (item.kind) {
    case 'header':
      return (
        <>
          <span class="evidence-label">{t('evidenceHeader', [item.field, String(item.line)])}</span>
          <pre class="mono">{item.text}</pre>
        </>
      );
    case 'dns':
      return (
        <>
          <span class="evidence-label">
            {t('evidenceDns', [item.name, item.type])} · {item.failure ? item.failure.message : item.rcode}
            {item.ad && <span class="badge badge-ok"> AD</span>} · {item.ms} ms
          </span>
          {item.answers.length > 0 && <pre class="mono">{item.answers.join('\n')}</pre>}
        </>
      );
    case 'auth-result':
      return (
        <>
          <span class="evidence-label">
            {t(item.trusted ? 'evidenceAuthTrusted' : 'evidenceAuthClaim', [item.authservId ?? '?', String(item.line)])}
          </span>
          <pre class="mono">{item.text}</pre>
        </>
      );
    case 'check':
      return (
        <span>
          <span class="evidence-label">{item.check.toUpperCase()}: </span>
          {item.text}
        </span>
      );
    case 'note':
      return <span>{item.text}</span>;
  }
}
