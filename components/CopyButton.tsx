import { useState } from 'preact/hooks';
import { useWords } from './words';

/** Copies a text (a DNS record, a Markdown report) to the clipboard and says so. */
export function CopyButton({ text, label, testId }: { text: string | (() => string); label?: string; testId?: string }) {
  const { t } = useWords();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const value = typeof text === 'function' ? text() : text;
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <button type="button" class="secondary small" data-testid={testId} onClick={copy}>
      {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : (label ?? t('copy'))}
    </button>
  );
}
