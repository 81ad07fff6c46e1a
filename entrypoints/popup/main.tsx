import { render } from 'preact';
import { PopupApp } from './App';
import { initI18n } from '../../extension/i18n';
import { loadSettings } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import '../../components/style.css';
import './popup.css';

void (async () => {
  const settings = await loadSettings();
  applyTheme(settings.theme);
  await initI18n(settings.language);
  render(<PopupApp settings={settings} />, document.getElementById('app')!);
})();
