import { useEffect, useState } from 'preact/hooks';
import { HeaderListingView } from '../../components/HeaderListingView';
import { listHeaderFields, type HeaderListing } from '../../lib/message/list-header-fields';
import { loadCapture, type Capture } from '../../extension/captures';
import { t } from '../../extension/i18n';

type PageState =
  | { step: 'loading' }
  | { step: 'missing' }
  | { step: 'unavailable'; capture: Extract<Capture, { kind: 'unavailable' }> }
  | { step: 'listed'; capture: Extract<Capture, { kind: 'text' }>; listing: HeaderListing }
  | { step: 'error'; message: string };

export function ReportApp({ captureId }: { captureId: string | null }) {
  const [state, setState] = useState<PageState>({ step: 'loading' });

  useEffect(() => {
    void (async () => {
      try {
        const capture = captureId ? await loadCapture(captureId) : undefined;
        if (!capture) return setState({ step: 'missing' });
        if (capture.kind === 'unavailable') return setState({ step: 'unavailable', capture });
        setState({ step: 'listed', capture, listing: await listHeaderFields(capture.text) });
      } catch (error) {
        setState({ step: 'error', message: t('unexpectedError', [String(error)]) });
      }
    })();
  }, [captureId]);

  return (
    <main class="report">
      <h1>{t('reportTitle')}</h1>
      <ReportBody state={state} />
    </main>
  );
}

function ReportBody({ state }: { state: PageState }) {
  switch (state.step) {
    case 'loading':
      return <p class="summary">{t('loading')}</p>;
    case 'missing':
      return <p class="notice notice-error" role="alert">{t('captureMissing')}</p>;
    case 'error':
      return <p class="notice notice-error" role="alert">{state.message}</p>;
    case 'unavailable':
      return (
        <p class="notice notice-info" role="status" data-testid="capture-unavailable">
          {t(state.capture.source === 'link' ? 'captureLinkNotYet' : 'capturePageNotYet', [state.capture.detail])}
        </p>
      );
    case 'listed':
      return (
        <>
          <p class="summary" data-testid="capture-source">{t(`source_${state.capture.source}`)}</p>
          <HeaderListingView listing={state.listing} />
        </>
      );
  }
}
