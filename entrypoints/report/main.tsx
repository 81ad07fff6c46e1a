import { render } from 'preact';
import { ReportApp } from './App';
import { initI18n, t } from '../../extension/i18n';
import { loadSettings } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import '../../components/style.css';
import './report.css';

void (async () => {
  const settings = await loadSettings();
  applyTheme(settings.theme);
  await initI18n(settings.language);
  document.title = t('reportTitle');
  render(<ReportApp captureId={new URLSearchParams(location.search).get('capture')} settings={settings} />, document.getElementById('app')!);
})();
