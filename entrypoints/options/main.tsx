import { render } from 'preact';
import { OptionsApp } from './App';
import { initI18n, t } from '../../extension/i18n';
import { loadSettings } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import '../../components/style.css';
import './options.css';

void (async () => {
  const settings = await loadSettings();
  applyTheme(settings.theme);
  await initI18n(settings.language);
  document.title = t('optionsTitle');
  render(<OptionsApp initial={settings} />, document.getElementById('app')!);
})();
