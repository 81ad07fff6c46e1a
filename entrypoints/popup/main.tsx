import { render } from 'preact';
import { PopupApp } from './App';
import { WordsProvider } from '../../components/words';
import { pageWords } from '../../extension/i18n';
import { loadSettings } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import '../../components/style.css';
import './popup.css';

void (async () => {
  const settings = await loadSettings();
  applyTheme(settings.theme);
  // Both catalogs are bundled: the chosen language is there for the first render, nothing more to wait for.
  render(
    <WordsProvider words={pageWords(settings.language)}>
      <PopupApp settings={settings} />
    </WordsProvider>,
    document.getElementById('app')!,
  );
})();
