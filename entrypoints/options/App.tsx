import { useState } from 'preact/hooks';
import { KNOWN_RESOLVERS, type KnownResolverId } from '../../lib/dns/known-resolvers';
import { useWords } from '../../components/words';
import { requestOrigin } from '../../extension/host-permission';
import { checkCustomUrl, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS, parseAuthservIds, saveSettings, type Language, type Settings, type Theme } from '../../extension/settings';
import { applyTheme } from '../../extension/theme';
import { clearRecent, RECENT_LIMIT } from '../../extension/recent-analyses';

type Status = { kind: 'idle' } | { kind: 'saved'; note: string | null } | { kind: 'error'; message: string };

const KNOWN: KnownResolverId[] = ['cloudflare', 'google', 'quad9'];

export function OptionsApp({ initial }: { initial: Settings }) {
  const { t } = useWords();
  const [settings, setSettings] = useState(initial);
  const [authservText, setAuthservText] = useState(initial.trustedAuthservIds.join('\n'));
  const [timeoutText, setTimeoutText] = useState(String(initial.timeoutMs / 1000));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async () => {
    const next: Settings = { ...settings, trustedAuthservIds: parseAuthservIds(authservText) };
    let note: string | null = null;
    if (next.resolver === 'custom') {
      const checked = checkCustomUrl(next.customUrl);
      if (!checked.ok) return setStatus({ kind: 'error', message: t('customUrlInvalid', [checked.error]) });
      // Asked now, while the click that chose it is the user's gesture.
      const permission = await requestOrigin(checked.origin);
      if (permission === 'denied') note = t('customUrlDenied', [checked.origin]);
      if (permission === 'not-needed') note = t('customUrlLoopback');
      next.customUrl = checked.url;
    }
    const seconds = Number(timeoutText.replace(',', '.'));
    const ms = Math.round(seconds * 1000);
    if (!Number.isFinite(seconds) || ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
      return setStatus({ kind: 'error', message: t('timeoutInvalid', [String(MIN_TIMEOUT_MS / 1000), String(MAX_TIMEOUT_MS / 1000)]) });
    }
    next.timeoutMs = ms;
    try {
      await saveSettings(next);
      // "Keep none" means none: what was kept before goes too.
      if (!next.keepRecent) await clearRecent();
      setSettings(next);
      applyTheme(next.theme);
      setStatus({ kind: 'saved', note });
    } catch (error) {
      setStatus({ kind: 'error', message: t('settingsSaveFailed', [String(error)]) });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset data-testid="resolver">
          <legend>{t('optResolver')}</legend>
          {KNOWN.map((id) => (
            <label key={id}>
              <input type="radio" name="resolver" value={id} data-testid={`resolver-${id}`} checked={settings.resolver === id} onChange={() => setSettings({ ...settings, resolver: id })} />{' '}
              {KNOWN_RESOLVERS[id].name} <span class="muted mono small">{KNOWN_RESOLVERS[id].url}</span>
            </label>
          ))}
          <label>
            <input type="radio" name="resolver" value="custom" data-testid="resolver-custom" checked={settings.resolver === 'custom'} onChange={() => setSettings({ ...settings, resolver: 'custom' })} />{' '}
            {t('optCustomResolver')}
          </label>
          <input
            type="url"
            data-testid="custom-url"
            aria-label={t('optCustomResolver')}
            placeholder="https://dns.example/dns-query"
            spellcheck={false}
            value={settings.customUrl}
            onInput={(event) => setSettings({ ...settings, resolver: 'custom', customUrl: event.currentTarget.value })}
          />
          <p class="muted small">{t('optCustomHelp')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('optDns')}</legend>
          <label>
            <input type="checkbox" data-testid="offline" checked={settings.offline} onChange={(event) => setSettings({ ...settings, offline: event.currentTarget.checked })} />{' '}
            {t('optOffline')}
          </label>
          <label>
            {t('optTimeout')}{' '}
            <input type="number" data-testid="timeout" min={MIN_TIMEOUT_MS / 1000} max={MAX_TIMEOUT_MS / 1000} step="0.5" value={timeoutText} onInput={(event) => setTimeoutText(event.currentTarget.value)} />
          </label>
        </fieldset>

        <fieldset>
          <legend>{t('optAuthserv')}</legend>
          <textarea data-testid="authserv-ids" rows={3} spellcheck={false} value={authservText} aria-label={t('optAuthserv')} onInput={(event) => setAuthservText(event.currentTarget.value)} />
          <p class="muted small">{t('optAuthservHelp')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('optDisplay')}</legend>
          <label>
            {t('optLanguage')}{' '}
            <select data-testid="language" value={settings.language} onChange={(event) => setSettings({ ...settings, language: event.currentTarget.value as Language })}>
              <option value="browser">{t('langBrowser')}</option>
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          </label>
          <label>
            {t('optTheme')}{' '}
            <select data-testid="theme" value={settings.theme} onChange={(event) => setSettings({ ...settings, theme: event.currentTarget.value as Theme })}>
              <option value="system">{t('themeSystem')}</option>
              <option value="light">{t('themeLight')}</option>
              <option value="dark">{t('themeDark')}</option>
            </select>
          </label>
        </fieldset>

        <fieldset data-testid="recent-setting">
          <legend>{t('optRecent')}</legend>
          <label>
            <input type="radio" name="recent" data-testid="recent-keep" checked={settings.keepRecent} onChange={() => setSettings({ ...settings, keepRecent: true })} />{' '}
            {t('optRecentKeep', [String(RECENT_LIMIT)])}
          </label>
          <label>
            <input type="radio" name="recent" data-testid="recent-none" checked={!settings.keepRecent} onChange={() => setSettings({ ...settings, keepRecent: false })} />{' '}
            {t('optRecentNone')}
          </label>
          <p class="muted small" data-testid="recent-privacy">{t('optRecentPrivacy')}</p>
        </fieldset>

        <div class="actions">
          <button type="submit" data-testid="save">{t('save')}</button>
          {status.kind === 'saved' && <span role="status" data-testid="saved">{t('saved')}{status.note ? ` ${status.note}` : ''}</span>}
        </div>
        {status.kind === 'error' && <p class="notice notice-error" role="alert" data-testid="options-error">{status.message}</p>}
      </form>
    </main>
  );
}
