import { render } from 'preact';
import { ReportApp } from './App';
import { WordsProvider } from '../../components/words';
import { pageWords } from '../../extension/i18n';
import { loadSettings } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import '../../components/style.css';
import './report.css';

void (async () => {
  const settings = await loadSettings();
  applyTheme(settings.theme);
  const words = pageWords(settings.language);
  document.title = words.t('reportTitle');
  render(
    <WordsProvider words={words}>
      <ReportApp captureId={new URLSearchParams(location.search).get('capture')} settings={settings} />
    </WordsProvider>,
    document.getElementById('app')!,
  );
})();
