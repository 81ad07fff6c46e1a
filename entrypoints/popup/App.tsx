import { useEffect, useRef, useState } from 'preact/hooks';
import { DnsTroubleNotice } from '../../components/DnsTroubleNotice';
import { findDnsTrouble } from '../../components/dns-trouble';
import { HeaderListingView } from '../../components/HeaderListingView';
import { IncompletePasteNotice } from '../../components/IncompletePasteNotice';
import { VerdictBanner } from '../../components/VerdictBanner';
import type { AnalysisProgress, ShownReport } from '../../components/report-shape';
import { useWords } from '../../components/words';
import { listHeaderFields, type HeaderListing } from '../../lib/message/list-header-fields';
import { saveCapture, type CaptureSource } from '../../extension/captures';
import { loadDraft, saveDraft } from '../../extension/draft';
import { clearRecent, loadRecent, recordAnalysis, type RecentAnalysis } from '../../extension/recent-analyses';
import { RecentList } from './RecentList';
import { sendMessage } from '../../extension/messaging';
import { loadEngine } from '../../extension/load-engine';
import { rememberNoteFormat, saveSettings, type Settings } from '../../extension/settings';
import { CopyNote } from '../../components/CopyNote';
import { AgentActions } from '../../components/AgentActions';
import type { TicketTexts } from '../../lib/i18n/render/ticket-texts';
import type { KnownResolverId } from '../../lib/dns/known-resolvers';
import { isLargeText, kilobytes, LARGE_TEXT_CHARS, megabytes, PREVIEW_CHARS, shownText, takeText, WHOLE_TEXT_MAX_CHARS } from './shown-text';

const DRAFT_SAVE_DELAY_MS = 250;

/** A large paste or file, from the event to the start of its analysis; then what was kept of it. */
type Intake = { step: 'none' } | { step: 'reading'; chars: number } | { step: 'head-kept'; pastedChars: number; keptText: string };

type AnalysisStep = { step: 'idle' } | { step: 'running'; draft: ShownReport | null; progress: AnalysisProgress } | { step: 'done'; report: ShownReport; ticket: TicketTexts } | { step: 'failed'; message: string };

/** A hidden page gets no frames: its work still starts after this long. */
const NO_FRAME_MS = 200;

/** Runs `work` once the browser has presented the frame that shows what was just rendered. */
function afterNextFrame(work: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    setTimeout(work, 0);
  };
  const fallback = setTimeout(start, NO_FRAME_MS);
  requestAnimationFrame(start);
}

export function PopupApp({ settings }: { settings: Settings }) {
  const { t, lang, plural } = useWords();
  /** The settings of the next analysis: the stored ones, or offline for this popup after "Try offline". */
  const [runSettings, setRunSettings] = useState(settings);
  const [text, setText] = useState('');
  const [source, setSource] = useState<CaptureSource>('paste');
  const [listing, setListing] = useState<HeaderListing | null>(null);
  const [verdict, setVerdict] = useState<AnalysisStep>({ step: 'idle' });
  const [storageError, setStorageError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [noteFormat, setNoteFormat] = useState(settings.noteFormat);
  const [intake, setIntake] = useState<Intake>({ step: 'none' });
  const [recent, setRecent] = useState<RecentAnalysis[]>([]);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<AbortController | null>(null);
  /** The user typed, pasted, dropped or asked for an analysis: the restored draft must not replace that. */
  const touched = useRef(false);

  useEffect(() => {
    // The engine starts loading once the popup has painted (after-first-paint.ts), while the user looks at it.
    void loadEngine().catch(() => undefined);
    if (settings.keepRecent) void loadRecent().then(setRecent, () => undefined);
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

  /** The "Reading…" notice ends when the text is read (listed), or when reading it failed. */
  const doneReading = () => setIntake((shown) => (shown.step === 'reading' ? { step: 'none' } : shown));

  /** A new analysis replaces one still running (its DNS work is aborted), so Analyze is never disabled. */
  const analyze = async (value: string, byUser = true, using: Settings = runSettings) => {
    if (byUser) touched.current = true;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      // The header listing is immediate; the verdict follows as DNS answers arrive.
      const listed = listHeaderFields(value);
      if (controller.signal.aborted) return;
      setListing(listed);
      doneReading();
      if (!listed.ok) return setVerdict({ step: 'idle' });
      setVerdict({ step: 'running', draft: null, progress: { completed: 0, total: 0, queries: 0 } });
      const runAnalysis = await loadEngine();
      if (controller.signal.aborted) return;
      const outcome = await runAnalysis({
        text: value,
        settings: using,
        signal: controller.signal,
        lang,
        onDraft: (draft, progress) => {
          if (!controller.signal.aborted) setVerdict({ step: 'running', draft, progress });
        },
      });
      if (controller.signal.aborted) return;
      setVerdict(outcome.ok ? { step: 'done', report: outcome.shown, ticket: outcome.ticket } : { step: 'failed', message: t('unexpectedError', [outcome.error]) });
      // The kept draft shown again when the popup reopens is not a new analysis: it does not move up the list.
      if (outcome.ok && using.keepRecent && byUser) {
        recordAnalysis(outcome.report, value, true)
          .then(loadRecent)
          .then(setRecent)
          .catch((error: unknown) => setStorageError(t('recentSaveFailed', [String(error)])));
      }
    } catch (error) {
      // The listing and the engine return problems as values; this is the last guard against a blank popup.
      doneReading();
      setListing(null);
      setVerdict({ step: 'failed', message: t('unexpectedError', [String(error)]) });
    }
  };

  /** Text typed, pasted or dropped into the area replaces the held text. */
  const takeInput = (value: string) => {
    touched.current = true;
    // A "Reading…" notice stays until the analysis has read the text: a paste's input event comes right after it.
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

  /**
   * A large paste or file: "reading" is on screen before any heavy work (the work waits for the next frame),
   * then the popup keeps all of it, or only its header section when it is over WHOLE_TEXT_MAX_CHARS.
   */
  const takeLarge = (value: string, from: CaptureSource) => {
    touched.current = true;
    setIntake({ step: 'reading', chars: value.length });
    afterNextFrame(() => {
      const taken = takeText(value);
      setText(taken.text);
      setSource(from);
      keepDraft(taken.text);
      setIntake(taken.kind === 'head' ? { step: 'head-kept', pastedChars: taken.pastedChars, keptText: taken.text } : { step: 'reading', chars: value.length });
      void analyze(taken.text);
    });
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    setIntake({ step: 'reading', chars: file.size });
    takeLarge(await file.text(), 'file');
  };

  const openReport = async (value = text, from = source) => {
    try {
      const captureId = await saveCapture({ kind: 'text', source: from, text: value, createdAt: Date.now() });
      await sendMessage('openReport', { captureId });
    } catch (error) {
      setStorageError(t('openReportFailed', [String(error)]));
    }
  };

  const clearRecentList = () => {
    clearRecent()
      .then(() => setRecent([]))
      .catch((error: unknown) => setStorageError(t('recentSaveFailed', [String(error)])));
  };

  /** DNS trouble: analyse again with other settings (for this popup only, or saved when a resolver is chosen). */
  const analyzeWith = (next: Settings) => {
    setRunSettings(next);
    void analyze(text, true, next);
  };
  const chooseResolver = async (resolver: KnownResolverId) => {
    const next: Settings = { ...runSettings, resolver, offline: settings.offline };
    try {
      await saveSettings(next);
    } catch (error) {
      setStorageError(t('settingsSaveFailed', [String(error)]));
    }
    analyzeWith(next);
  };

  const busy = verdict.step === 'running';
  const large = isLargeText(text);
  const shown = verdict.step === 'done' ? verdict.report : verdict.step === 'running' ? verdict.draft : null;
  // Only a finished re-check says what failed: while answers arrive, a slow query is not yet a failure.
  const trouble = verdict.step === 'done' ? findDnsTrouble(verdict.report.dns) : null;
  const optionsUrl = browser.runtime.getURL('/options.html');

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
        <a class="small" href={optionsUrl} target="_blank" rel="noreferrer" data-testid="options-link">
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
            takeLarge(pasted, 'paste');
            return;
          }
          // Analysis starts on paste: read the textarea once the pasted text is in it. The status line is set
          // here and its frame is presented before any parsing or engine work runs (a task queued before that
          // frame, as setTimeout 0 was, held its paint until the verdict: 93 ms median at load 8).
          const area = event.currentTarget;
          setIntake({ step: 'reading', chars: pasted.length });
          afterNextFrame(() => void analyze(area.value));
        }}
      />
      {intake.step === 'reading' && (
        <p class="notice notice-info small" role="status" data-testid="paste-progress">
          <progress aria-label={t('pasteReadingLabel')} /> {intake.chars > LARGE_TEXT_CHARS ? t('pasteReading', [megabytes(intake.chars)]) : t('analyzing')}
        </p>
      )}
      {intake.step === 'head-kept' && intake.keptText === text && (
        <p class="notice notice-info small" role="status" data-testid="head-kept-notice">
          {t('pasteHeadKept', [megabytes(intake.pastedChars), kilobytes(intake.keptText), megabytes(WHOLE_TEXT_MAX_CHARS)])}
        </p>
      )}
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
      {runSettings.offline && (
        <p class="notice notice-info small" data-testid="offline-notice">
          {settings.offline ? t('offlineNotice') : t('dnsOfflineThisTime')}
        </p>
      )}
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
          {trouble && (
            <DnsTroubleNotice
              trouble={trouble}
              actions={{
                current: runSettings.resolver,
                tryAgain: () => analyzeWith(runSettings),
                tryOffline: () => analyzeWith({ ...runSettings, offline: true }),
                chooseResolver: (id) => void chooseResolver(id),
                optionsUrl,
              }}
            />
          )}
          <IncompletePasteNotice findings={shown.findings} />
          {verdict.step === 'done' && (
            <div class="actions">
              <CopyNote
                note={verdict.ticket.note}
                format={noteFormat}
                onFormat={(format) => {
                  setNoteFormat(format);
                  void rememberNoteFormat(format);
                }}
              />
            </div>
          )}
          {verdict.step === 'done' && <AgentActions actions={verdict.ticket.actions} compact />}
          <p class="small" data-testid="popup-subject">
            {/* The language's colon: French puts a non-breaking space before it. */}
            <span class="muted">{t('subject')}{t('reasonColon')} </span>
            {shown.message.subject ?? '—'}
          </p>
        </>
      )}
      {listing && !listing.ok && <HeaderListingView listing={listing} />}
      {recent.length > 0 && <RecentList entries={recent} onOpen={(entry) => void openReport(entry.text, 'paste')} onClear={clearRecentList} />}
      {listing && listing.ok && (
        <details class="section">
          <summary>{plural('fieldCount', listing.fields.length)}</summary>
          <HeaderListingView listing={listing} />
        </details>
      )}
    </main>
  );
}
