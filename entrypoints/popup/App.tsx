import { useEffect, useRef, useState } from 'preact/hooks';
import { HeaderListingView } from '../../components/HeaderListingView';
import { listHeaderFields, type HeaderListing } from '../../lib/message/list-header-fields';
import { saveCapture } from '../../extension/captures';
import { loadDraft, saveDraft } from '../../extension/draft';
import { t } from '../../extension/i18n';
import { sendMessage } from '../../extension/messaging';

const DRAFT_SAVE_DELAY_MS = 250;

export function PopupApp() {
  const [text, setText] = useState('');
  const [listing, setListing] = useState<HeaderListing | null>(null);
  const [busy, setBusy] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    loadDraft()
      .then((draft) => setText((current) => current || draft))
      .catch((error: unknown) => setStorageError(t('draftLoadFailed', [String(error)])));
  }, []);

  const keepDraft = (value: string) => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveDraft(value)
        .then(() => setStorageError(null))
        .catch((error: unknown) => setStorageError(t('draftSaveFailed', [String(error)])));
    }, DRAFT_SAVE_DELAY_MS);
  };

  const analyze = async (value: string) => {
    setBusy(true);
    try {
      setListing(await listHeaderFields(value));
    } catch (error) {
      // The listing functions return problems as values; this is the last guard against a blank popup.
      setListing(null);
      setStorageError(t('unexpectedError', [String(error)]));
    } finally {
      setBusy(false);
    }
  };

  const openReport = async () => {
    try {
      const captureId = await saveCapture({ kind: 'text', source: 'paste', text, createdAt: Date.now() });
      await sendMessage('openReport', { captureId });
    } catch (error) {
      setStorageError(t('openReportFailed', [String(error)]));
    }
  };

  return (
    <main class="popup">
      <h1>MailTrust</h1>
      <label for="source">{t('pasteLabel')}</label>
      <textarea
        id="source"
        data-testid="source"
        spellcheck={false}
        placeholder={t('pastePlaceholder')}
        value={text}
        onInput={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          keepDraft(value);
        }}
        onPaste={(event) => {
          // Analysis starts on paste: read the textarea once the pasted text is in it.
          const area = event.currentTarget;
          setTimeout(() => void analyze(area.value), 0);
        }}
      />
      <div class="actions">
        <button type="button" data-testid="analyze" disabled={busy} onClick={() => void analyze(text)}>
          {busy ? t('analyzing') : t('analyze')}
        </button>
        <button type="button" class="secondary" data-testid="open-report" onClick={() => void openReport()}>
          {t('openFullReport')}
        </button>
      </div>
      {storageError && (
        <p class="notice notice-error" role="alert">
          {storageError}
        </p>
      )}
      {listing && <HeaderListingView listing={listing} />}
    </main>
  );
}
