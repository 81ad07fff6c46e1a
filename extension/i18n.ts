// Every user-visible string comes from public/_locales/<lang>/messages.json.
import type { InputProblem } from '../lib/message/check-input';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions as never) || key;
}

export function describeProblem(problem: InputProblem): string {
  switch (problem.reason) {
    case 'empty':
      return t('inputEmpty');
    case 'too-large':
      return t('inputTooLarge', [mib(problem.bytes), mib(problem.limitBytes)]);
    case 'binary':
      return t('inputBinary', [String(problem.offset)]);
    case 'no-header-lines':
      return t('inputNoHeaders');
  }
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
