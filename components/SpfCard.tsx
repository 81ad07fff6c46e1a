import type { NotChecked, Pending, SpfCheck, Severity } from '../lib/report/types';
import type { SpfTraceNode } from '../lib/auth/spf/types';
import { CardBadge, CheckState, ResultBadge } from './CheckState';
import { useWords } from './words';

// RFC 7208 §4.6.4: at most 10 DNS-querying terms and 2 void lookups.
const MAX_LOOKUPS = 10;
const MAX_VOID = 2;

export function SpfCard({ spf, severity = null }: { spf: SpfCheck | NotChecked | Pending; severity?: Severity | null }) {
  const { t, number } = useWords();
  return (
    <article class="card" data-testid="spf-card">
      <h3>
        SPF {'result' in spf && spf.result !== 'pending' && spf.result !== 'not-checked' && <CardBadge result={spf.result} severity={severity} />}
      </h3>
      {spf.result === 'pending' || spf.result === 'not-checked' ? (
        <CheckState state={spf} />
      ) : (
        <>
          <p>
            {t('spfChecked', [spf.ip, spf.domain, spf.identity === 'helo' ? 'HELO' : 'MAIL FROM'])} · {t(`hop_${spf.hop}`)}
          </p>
          <p class={spf.lookups > MAX_LOOKUPS ? 'text-fail' : 'muted'} data-testid="spf-lookups">
            {t('spfLookups', [number(spf.lookups), number(MAX_LOOKUPS), number(spf.voidLookups), number(MAX_VOID)])}
          </p>
          {'explanation' in spf && <p>{spf.explanation}</p>}
          {'reason' in spf && <p>{spf.reason}</p>}
          <details>
            <summary>{t('spfTree')}</summary>
            <ul class="tree">
              <SpfNode node={spf.trace} />
            </ul>
          </details>
        </>
      )}
    </article>
  );
}

function SpfNode({ node }: { node: SpfTraceNode }) {
  const { t, plural } = useWords();
  return (
    <li>
      <span class="mono">{node.via === 'check' ? '' : `${node.via} → `}{node.domain}</span> <ResultBadge result={node.result} />
      {node.record && <pre class="mono record">{node.record}</pre>}
      {node.reason && <span class="muted"> {node.reason}</span>}
      {node.terms.length > 0 && (
        <ul>
          {node.terms.map((term, index) => (
            <li key={index} class={`term term-${term.outcome}`}>
              <code>{term.term}</code> <span class="muted">· {t(`spfOutcome_${term.outcome.replace('-', '_')}`)} · {term.detail} · {plural('lookupsSoFar', term.lookups)}</span>
              {term.child && (
                <ul>
                  <SpfNode node={term.child} />
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
