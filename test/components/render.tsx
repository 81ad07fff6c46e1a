// Renders components the way a page does, into a happy-dom document, with the words of one language. The
// test files that use it say `// @vitest-environment happy-dom` on their first line.
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { WordsProvider, type Lang } from '../../components/words';
import { wordsIn } from '../../extension/i18n';

/** The element the components were rendered into; effects have run. */
export function show(node: ComponentChildren, lang: Lang = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(<WordsProvider words={wordsIn(lang)}>{node}</WordsProvider>, root);
  });
  return root;
}
