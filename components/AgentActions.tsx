import type { ActionsInWords } from '../lib/i18n/render/agent-actions';
import { CopyButton } from './CopyButton';
import { useWords } from './words';

/**
 * What the agent can do in Zendesk (recover, allowlist), what to ask the customer, and the message for the
 * sender's mail administrator, copyable. `actions` come in the page's language, rendered by the engine's chunk
 * when the analysis ended (lib/i18n/render/ticket-texts.ts). `compact` (the popup): the headlines and the copy button, the reasons on hover.
 */
export function AgentActions({ actions, compact = false }: { actions: ActionsInWords; compact?: boolean }) {
  const { t } = useWords();
  const admin = actions.adminMessage;
  const advice = [
    { id: 'recover', words: actions.recover },
    { id: 'allowlist', words: actions.allowlist },
  ];
  return (
    <section class="section agent-actions" data-testid="agent-actions">
      <h2>{t('actionsTitle')}</h2>
      <ul>
        {advice.map(({ id, words }) => (
          <li key={id} data-testid={`action-${id}`} title={compact ? words.why : undefined}>
            <strong>{words.title}</strong>
            {!compact && <span class="muted"> · {words.why}</span>}
          </li>
        ))}
      </ul>
      {!compact && actions.ask.length > 0 && (
        <>
          <h3>{t('askCustomerTitle')}</h3>
          <ul data-testid="action-ask">
            {actions.ask.map((question) => <li key={question}>{question}</li>)}
          </ul>
        </>
      )}
      {admin && (
        <div class="admin-message" data-testid="admin-message">
          <h3>{t('adminMessageTitle')}</h3>
          {!compact && <pre class="mono" data-testid="admin-message-text">{`${admin.subject}\n\n${admin.body}`}</pre>}
          <CopyButton text={`${admin.subject}\n\n${admin.body}`} label={t('copyAdminMessage')} testId="copy-admin-message" />
        </div>
      )}
    </section>
  );
}
