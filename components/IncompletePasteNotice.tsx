import type { Finding } from '../lib/report/types';
import { useWords } from './words';

/**
 * A paste cut short (finding input.incomplete): ask for the whole header block and say how to copy it
 * from Gmail and Outlook, in the UI language, where the agent pasted it.
 */
export function IncompletePasteNotice({ findings }: { findings: readonly Finding[] }) {
  const { t } = useWords();
  if (!findings.some((finding) => finding.id === 'input.incomplete')) return null;
  return (
    <div class="notice notice-info small" role="status" data-testid="incomplete-notice">
      <p><strong>{t('incompletePaste')}</strong></p>
      <p>{t('incompletePasteGmail')}</p>
      <p>{t('incompletePasteOutlook')}</p>
    </div>
  );
}
