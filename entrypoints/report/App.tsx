import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../../lib/report/types';
import { ReportView } from '../../components/ReportView';
import { HopChoice } from '../../components/HopChoice';
import { WhatIf, type WhatIfRecord } from '../../components/WhatIf';
import { headerSectionLines } from '../../components/RawHeaders';
import type { AnalysisProgress, ShownReport } from '../../components/report-shape';
import { useWords } from '../../components/words';
import { loadCapture, type Capture } from '../../extension/captures';
import { runAnalysis } from '../../extension/run-analysis';
import { recordAnalysis } from '../../extension/recent-analyses';
import { rememberNoteFormat, type Settings } from '../../extension/settings';
import { toggleTheme } from '../../extension/theme';
import { downloadText, reportFilename } from '../../extension/export-report';
import { reportToJson } from '../../lib/report/export';
import { CopyNote } from '../../components/CopyNote';
import type { TicketTexts } from '../../lib/i18n/render/ticket-texts';
import { AgentActions } from '../../components/AgentActions';

type PageState =
  | { step: 'loading' }
  | { step: 'missing' }
  | { step: 'unavailable'; capture: Extract<Capture, { kind: 'unavailable' }> }
  | { step: 'analysing'; capture: Extract<Capture, { kind: 'text' }>; draft: ShownReport | null; progress: AnalysisProgress }
  /** `report` as the engine wrote it (the JSON download), `shown` in the page's language. */
  | { step: 'done'; capture: Extract<Capture, { kind: 'text' }>; report: Report; shown: Report; ticket: TicketTexts }
  | { step: 'error'; message: string };

interface Run {
  hop: 'edge' | 'origin';
  overlay: WhatIfRecord | null;
}

export function ReportApp({ captureId, settings: initialSettings }: { captureId: string | null; settings: Settings }) {
  const { t, lang } = useWords();
  const [state, setState] = useState<PageState>({ step: 'loading' });
  const [settings, setSettings] = useState(initialSettings);
  const [run, setRun] = useState<Run>({ hop: 'edge', overlay: null });
  const [whatIf, setWhatIf] = useState<WhatIfRecord>({ name: '', value: '' });
  const [whatIfError, setWhatIfError] = useState<string | null>(null);
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    void (async () => {
      try {
        const capture = captureId ? await loadCapture(captureId) : undefined;
        if (controller.signal.aborted) return;
        if (!capture) return setState({ step: 'missing' });
        if (capture.kind === 'unavailable') return setState({ step: 'unavailable', capture });
        // A re-run (another hop, a "what if") keeps the previous report on screen until the first draft arrives.
        setState((previous) => ({ step: 'analysing', capture, draft: previous.step === 'done' ? previous.shown : null, progress: { completed: 0, total: 0, queries: 0 } }));
        const outcome = await runAnalysis({
          text: capture.text,
          settings,
          hop: run.hop,
          overlay: run.overlay ? [run.overlay] : [],
          signal: controller.signal,
          lang,
          onDraft: (draft, progress) => {
            if (!controller.signal.aborted) setState({ step: 'analysing', capture, draft, progress });
          },
        });
        if (controller.signal.aborted) return;
        if (!outcome.ok) {
          if (run.overlay) setWhatIfError(outcome.error);
          setState({ step: 'error', message: t('unexpectedError', [outcome.error]) });
          return;
        }
        setState({ step: 'done', capture, report: outcome.report, shown: outcome.shown, ticket: outcome.ticket });
        // The message as it arrived (not a "what if" or the other hop) goes to the recent analyses. A failure to
        // store it is not the report's concern: the report is on screen.
        if (!run.overlay && run.hop === 'edge') void recordAnalysis(outcome.report, capture.text, settings.keepRecent).catch(() => undefined);
      } catch (error) {
        setState({ step: 'error', message: t('unexpectedError', [String(error)]) });
      }
    })();
    return () => controller.abort();
  }, [captureId, run]);

  // "What if" starts from the record that decided SPF, so editing it is one change away.
  useEffect(() => {
    if (state.step !== 'done' || whatIf.name !== '' || run.overlay) return;
    const spf = state.report.spf;
    if (spf.result !== 'not-checked' && spf.trace.record) setWhatIf({ name: spf.domain, value: spf.trace.record });
  }, [state]);

  const busy = state.step === 'analysing';
  const shown = state.step === 'done' ? state.shown : state.step === 'analysing' ? state.draft : null;
  const capture = state.step === 'done' || state.step === 'analysing' ? state.capture : null;

  return (
    <main class="report">
      <header class="page-header">
        <h1>{t('reportTitle')}</h1>
        {capture && <span class="summary" data-testid="capture-source">{t(`source_${capture.source}`)}</span>}
        <span class="spacer" />
        <button
          type="button"
          class="secondary small"
          data-testid="theme-toggle"
          onClick={() => void toggleTheme(settings.theme).then((theme) => setSettings({ ...settings, theme }))}
        >
          {t('toggleTheme')}
        </button>
      </header>
      {state.step === 'loading' && <p class="summary">{t('loading')}</p>}
      {state.step === 'missing' && <p class="notice notice-error" role="alert">{t('captureMissing')}</p>}
      {state.step === 'error' && <p class="notice notice-error" role="alert">{state.message}</p>}
      {state.step === 'unavailable' && (
        <p class="notice notice-info" role="status" data-testid="capture-unavailable">
          {t(`capture_${state.capture.source}_${state.capture.reason.replace('-', '_')}`, [state.capture.detail])}
        </p>
      )}
      {state.step === 'analysing' && !shown && <p class="summary" data-testid="reading">{t('analyzing')}</p>}
      {shown && capture && shown.input.kind === 'not-email' && (
        <p class="notice notice-error" role="alert" data-testid="input-problem">{shown.input.problem?.message ?? t('inputNoHeaders')}</p>
      )}
      {shown && capture && shown.input.kind !== 'not-email' && (
        <ReportView
          report={shown}
          progress={state.step === 'analysing' ? state.progress : null}
          rawLines={headerSectionLines(capture.text)}
          toolbar={
            state.step === 'done' && (
              <>
                <ExportBar report={state.report} note={state.ticket.note} settings={settings} onSettings={setSettings} />
                <AgentActions actions={state.ticket.actions} />
              </>
            )
          }
          hopChoice={
            <HopChoice edge={shown.edge} origin={shown.origin} value={run.hop} disabled={busy} onChange={(hop) => setRun({ ...run, hop })} />
          }
          whatIf={
            <WhatIf
              record={whatIf}
              error={whatIfError}
              busy={busy}
              active={run.overlay !== null}
              onChange={setWhatIf}
              onRun={() => {
                if (whatIf.name.trim() === '') return setWhatIfError(t('whatIfNameMissing'));
                setWhatIfError(null);
                setRun({ ...run, overlay: { ...whatIf } });
              }}
              onReset={() => {
                setWhatIfError(null);
                setRun({ ...run, overlay: null });
              }}
            />
          }
        />
      )}
    </main>
  );
}

function ExportBar({ report, note, settings, onSettings }: { report: Report; note: TicketTexts['note']; settings: Settings; onSettings: (settings: Settings) => void }) {
  const { t } = useWords();
  return (
    <div class="actions export" data-testid="export">
      {/* The note for the ticket follows the page's language; the JSON download keeps the Report's English. */}
      <CopyNote
        note={note}
        format={settings.noteFormat}
        onFormat={(noteFormat) => {
          onSettings({ ...settings, noteFormat });
          void rememberNoteFormat(noteFormat);
        }}
      />
      <button
        type="button"
        class="secondary small"
        data-testid="download-json"
        onClick={() => downloadText(reportToJson(report), reportFilename(report, 'json'), 'application/json')}
      >
        {t('downloadJson')}
      </button>
    </div>
  );
}
