import { isKnownResolverId, KNOWN_RESOLVERS, type KnownResolverId } from '../lib/dns/known-resolvers';
import type { DnsTrouble } from './dns-trouble';
import { useWords } from './words';

/** How many failed queries a group names before "and N more": enough to recognise them, short in a 600 px popup. */
const NAMED_QUERIES = 3;

export interface DnsTroubleActions {
  /** The resolver the analysis used: the choice offers the others. */
  current: KnownResolverId | 'custom';
  tryAgain(): void;
  tryOffline(): void;
  chooseResolver(id: KnownResolverId): void;
  /** The options page, where a custom resolver and the timeout are set. */
  optionsUrl: string;
}

/**
 * What the DNS re-check could not do and why (the reason the engine recorded for each failed query), with
 * what the agent can do about it in place: try again, analyse the headers alone, or ask another resolver.
 */
export function DnsTroubleNotice({ trouble, actions }: { trouble: DnsTrouble; actions: DnsTroubleActions }) {
  const { t, number, dnsFailure } = useWords();
  const others = Object.values(KNOWN_RESOLVERS).filter((known) => known.id !== actions.current);
  return (
    <section class="notice notice-warn" role="alert" data-testid="dns-trouble">
      <p class="notice-title">
        <strong>{t('dnsTroubleTitle', [trouble.resolver])}</strong>
      </p>
      <p data-testid="dns-trouble-count">{t('dnsTroubleCount', [number(trouble.failedCount), number(trouble.askedCount)])}</p>
      <ul class="dns-trouble-groups">
        {trouble.groups.map((group) => (
          <li key={group.key} data-testid="dns-trouble-group" data-reason={group.failure.reason}>
            <strong>{dnsFailure(group.failure)}</strong>
            {t('reasonColon')} <span class="mono">{group.queries.slice(0, NAMED_QUERIES).join(', ')}</span>
            {group.queries.length > NAMED_QUERIES && <> {t('dnsTroubleMore', [number(group.queries.length - NAMED_QUERIES)])}</>}
          </li>
        ))}
      </ul>
      <p>{t('dnsTroubleHint')}</p>
      <div class="actions wrap">
        <button type="button" class="secondary" data-testid="dns-try-again" onClick={actions.tryAgain}>
          {t('dnsTryAgain')}
        </button>
        <button type="button" data-testid="dns-try-offline" onClick={actions.tryOffline}>
          {t('dnsTryOffline')}
        </button>
        <label class="inline-choice">
          <span>{t('dnsChooseResolver')}</span>{' '}
          <select
            data-testid="dns-choose-resolver"
            value=""
            onChange={(event) => {
              const id = event.currentTarget.value;
              if (isKnownResolverId(id)) actions.chooseResolver(id);
            }}
          >
            <option value="" disabled>
              …
            </option>
            {others.map((known) => (
              <option key={known.id} value={known.id}>
                {known.name}
              </option>
            ))}
          </select>
        </label>
        <a href={actions.optionsUrl} target="_blank" rel="noreferrer" data-testid="dns-open-options">
          {t('dnsMoreResolvers')}
        </a>
      </div>
    </section>
  );
}
