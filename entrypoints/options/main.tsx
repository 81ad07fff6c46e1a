import { render } from 'preact';
import { OptionsApp } from './App';
import { WordsProvider } from '../../components/words';
import { pageWords } from '../../extension/i18n';
import { loadSettings } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import '../../components/style.css';
import './options.css';

void (async () => {
  const settings = await loadSettings();
  applyTheme(settings.theme);
  const words = pageWords(settings.language);
  document.title = words.t('optionsTitle');
  render(
    <WordsProvider words={words}>
      <OptionsApp initial={settings} />
    </WordsProvider>,
    document.getElementById('app')!,
  );
})();
