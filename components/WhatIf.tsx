import { useWords } from './words';

export interface WhatIfRecord {
  name: string;
  value: string;
}

/** "What if I published this TXT record?": the page re-runs the analysis with these records in front of the live resolver. */
export function WhatIf({ record, error, busy, active, onChange, onRun, onReset }: {
  record: WhatIfRecord;
  error: string | null;
  busy: boolean;
  active: boolean;
  onChange: (record: WhatIfRecord) => void;
  onRun: () => void;
  onReset: () => void;
}) {
  const { t } = useWords();
  return (
    <form
      class="what-if"
      data-testid="what-if"
      onSubmit={(event) => {
        event.preventDefault();
        onRun();
      }}
    >
      <p class="muted">{t('whatIfHelp')}</p>
      <label>
        {t('whatIfName')}
        <input type="text" data-testid="what-if-name" spellcheck={false} value={record.name} onInput={(e) => onChange({ ...record, name: e.currentTarget.value })} placeholder="example.com" />
      </label>
      <label>
        {t('whatIfValue')}
        <textarea data-testid="what-if-value" spellcheck={false} rows={2} value={record.value} onInput={(e) => onChange({ ...record, value: e.currentTarget.value })} placeholder="v=spf1 ip4:192.0.2.1 ~all" />
      </label>
      <div class="actions">
        <button type="submit" data-testid="what-if-run" disabled={busy}>{t('whatIfRun')}</button>
        {active && (
          <button type="button" class="secondary" data-testid="what-if-reset" disabled={busy} onClick={onReset}>{t('whatIfReset')}</button>
        )}
      </div>
      {error && <p class="notice notice-error" role="alert">{error}</p>}
      {active && <p class="notice notice-info" data-testid="what-if-active">{t('whatIfActive', [record.name])}</p>}
    </form>
  );
}
