// Light and dark: the system's preference (prefers-color-scheme) unless the user picked one with the toggle.
import { loadSettings, saveSettings, type Theme } from './settings';

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** The theme the page shows now, whatever its source. */
export function effectiveTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The toggle flips what is shown, and remembers it for every page. */
export async function toggleTheme(current: Theme): Promise<Theme> {
  const next = effectiveTheme(current) === 'dark' ? 'light' : 'dark';
  applyTheme(next);
  const settings = await loadSettings();
  await saveSettings({ ...settings, theme: next });
  return next;
}
