import { useEffect, useRef, useState } from 'preact/hooks';
import { HeaderListingView } from '../../components/HeaderListingView';
import { IncompletePasteNotice } from '../../components/IncompletePasteNotice';
import { VerdictBanner } from '../../components/VerdictBanner';
import type { AnalysisProgress, ShownReport } from '../../components/report-shape';
import { useWords } from '../../components/words';
import { listHeaderFields, type HeaderListing } from '../../lib/message/list-header-fields';
import { saveCapture, type CaptureSource } from '../../extension/captures';
import { loadDraft, saveDraft } from '../../extension/draft';
import { sendMessage } from '../../extension/messaging';
import { loadEngine } from '../../extension/load-engine';
import { rememberNoteFormat, type Settings } from '../../extension/settings';
import { CopyNote } from '../../components/CopyNote';
import { AgentActions } from '../../components/AgentActions';
import type { Report } from '../../lib/report/types';
import { isLargeText, megabytes, PREVIEW_CHARS, shownText } from './shown-text';

const DRAFT_SAVE_DELAY_MS = 250;

type AnalysisStep = { step: 'idle' } | { step: 'running'; draft: ShownReport | null; progress: AnalysisProgress } | { step: 'done'; report: ShownReport; original: Report } | { step: 'failed'; message: string };

export function PopupApp({ settings }: { settings: Settings }) {
  const { t, lang } = useWords();
  const [text, setText] = useState('');
  const [source, setSource] = useState<CaptureSource>('paste');
  const [listing, setListing] = useState<HeaderListing | null>(null);
  const [verdict, setVerdict] = useState<AnalysisStep>({ step: 'idle' });
  const [storageError, setStorageError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [noteFormat, setNoteFormat] = useState(settings.noteFormat);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<AbortController | null>(null);
  /** The user typed, pasted, dropped or asked for an analysis: the restored draft must not replace that. */
  const touched = useRef(false);

  useEffect(() => {
    // The engine starts loading once the popup has painted (after-first-paint.ts), while the user looks at it.
    void loadEngine().catch(() => undefined);
    loadDraft()
      .then((draft) => {
        // A reopened popup shows the verdict of the kept draft again, unless the user has already begun.
        if (touched.current || draft.trim() === '') return;
        setText(draft);
        void analyze(draft, false);
      })
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

  /** A new analysis replaces one still running (its DNS work is aborted), so Analyze is never disabled. */
  const analyze = async (value: string, byUser = true) => {
    if (byUser) touched.current = true;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      // The header listing is immediate; the verdict follows as DNS answers arrive.
      const listed = listHeaderFields(value);
      if (controller.signal.aborted) return;
      setListing(listed);
      if (!listed.ok) return setVerdict({ step: 'idle' });
      setVerdict({ step: 'running', draft: null, progress: { completed: 0, total: 0, queries: 0 } });
      const runAnalysis = await loadEngine();
      if (controller.signal.aborted) return;
      const outcome = await runAnalysis({
        text: value,
        settings,
        signal: controller.signal,
        lang,
        onDraft: (draft, progress) => {
          if (!controller.signal.aborted) setVerdict({ step: 'running', draft, progress });
        },
      });
      if (controller.signal.aborted) return;
      setVerdict(outcome.ok ? { step: 'done', report: outcome.shown, original: outcome.report } : { step: 'failed', message: t('unexpectedError', [outcome.error]) });
    } catch (error) {
      // The listing and the engine return problems as values; this is the last guard against a blank popup.
      setListing(null);
      setVerdict({ step: 'failed', message: t('unexpectedError', [String(error)]) });
    }
  };

  /** Text typed, pasted or dropped into the area replaces the held text. */
  const takeInput = (value: string) => {
    touched.current = true;
    setText(value);
    setSource('paste');
    keepDraft(value);
  };

  const clear = () => {
    running.current?.abort();
    takeInput('');
    setListing(null);
    setVerdict({ step: 'idle' });
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    const value = await file.text();
    setText(value);
    setSource('file');
    keepDraft(value);
    void analyze(value);
  };

  const openReport = async () => {
    try {
      const captureId = await saveCapture({ kind: 'text', source, text, createdAt: Date.now() });
      await sendMessage('openReport', { captureId });
    } catch (error) {
      setStorageError(t('openReportFailed', [String(error)]));
    }
  };

  const busy = verdict.step === 'running';
  const large = isLargeText(text);
  const shown = verdict.step === 'done' ? verdict.report : verdict.step === 'running' ? verdict.draft : null;

  return (
    <main
      class={`popup${dragging ? ' dragging' : ''}`}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void takeFile(event.dataTransfer?.files[0]);
      }}
    >
      <header class="page-header">
        <h1>MailTrust</h1>
        <span class="spacer" />
        <a class="small" href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer" data-testid="options-link">
          {t('optionsLink')}
        </a>
      </header>
      <label for="source">{t('pasteLabel')}</label>
      <textarea
        id="source"
        data-testid="source"
        spellcheck={false}
        placeholder={t('pastePlaceholder')}
        value={shownText(text)}
        readOnly={large}
        onInput={(event) => takeInput(event.currentTarget.value)}
        onPaste={(event) => {
          const pasted = event.clipboardData?.getData('text/plain') ?? '';
          if (large || isLargeText(pasted)) {
            // Taken from the clipboard, never put in the area (see shown-text.ts); it replaces the held text.
            event.preventDefault();
            if (pasted === '') return; // an image or a file: the held text stays
            takeInput(pasted);
            void analyze(pasted);
            return;
          }
          // Analysis starts on paste: read the textarea once the pasted text is in it.
          const area = event.currentTarget;
          setTimeout(() => void analyze(area.value), 0);
        }}
      />
      {large && (
        <p class="notice notice-info small" data-testid="large-text-notice">
          {t('largeTextShown', [megabytes(text), String(PREVIEW_CHARS / 1024)])}{' '}
          <button type="button" class="secondary" data-testid="clear-source" onClick={clear}>
            {t('clearSource')}
          </button>
        </p>
      )}
      <div class="actions">
        <button type="button" data-testid="analyze" onClick={() => void analyze(text)}>
          {busy ? t('analyzing') : t('analyze')}
        </button>
        <button type="button" class="secondary" data-testid="open-report" onClick={() => void openReport()}>
          {t('openFullReport')}
        </button>
        <label class="file-button">
          <input
            type="file"
            class="visually-hidden"
            data-testid="file-input"
            accept=".eml,message/rfc822,text/plain"
            onChange={(event) => void takeFile(event.currentTarget.files?.[0])}
          />
          <span>{t('openEml')}</span>
        </label>
      </div>
      <p class="muted small">{t('dropHint')}</p>
      {settings.offline && <p class="notice notice-info small" data-testid="offline-notice">{t('offlineNotice')}</p>}
      {storageError && (
        <p class="notice notice-error" role="alert">
          {storageError}
        </p>
      )}
      {verdict.step === 'failed' && (
        <p class="notice notice-error" role="alert">
          {verdict.message}
        </p>
      )}
      {shown && shown.input.kind !== 'not-email' && (
        <>
          <VerdictBanner verdict={shown.verdict} progress={verdict.step === 'running' ? verdict.progress : null} />
          <IncompletePasteNotice findings={shown.findings} />
          {verdict.step === 'done' && (
            <div class="actions">
              <CopyNote
                report={verdict.original}
                format={noteFormat}
                onFormat={(format) => {
                  setNoteFormat(format);
                  void rememberNoteFormat(format);
                }}
              />
            </div>
          )}
          {verdict.step === 'done' && <AgentActions report={verdict.original} compact />}
          <p class="small" data-testid="popup-subject">
            <span class="muted">{t('subject')}: </span>
            {shown.message.subject ?? '—'}
          </p>
        </>
      )}
      {listing && !listing.ok && <HeaderListingView listing={listing} />}
      {listing && listing.ok && (
        <details class="section">
          <summary>{t('fieldCount', [String(listing.fields.length)])}</summary>
          <HeaderListingView listing={listing} />
        </details>
      )}
    </main>
  );
}
