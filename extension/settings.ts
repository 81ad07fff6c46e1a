// The user's choices from the options page, kept in browser storage and read by every page that analyses.
import { isKnownResolverId, resolveEndpoint, type KnownResolverId } from '../lib/dns/known-resolvers';
import type { NoteFormat } from '../components/CopyNote';
import { formatFor } from '../lib/i18n/format';
import type { Lang } from '../lib/i18n/lang';
// The resolver problems' words only: the popup loads this file before its first paint, and the whole catalog
// (lib/i18n/render) would pull the engine in with it.
import { dnsSetup as enDnsSetup } from '../lib/i18n/en/dns';
import { dnsSetup as frDnsSetup } from '../lib/i18n/fr/dns';

const DNS_SETUP_WORDS = { en: enDnsSetup, fr: frDnsSetup } as const;

export type Language = 'browser' | 'en' | 'fr';
export type Theme = 'system' | 'light' | 'dark';


export interface Settings {
  /** A known DoH resolver, or 'custom' for customUrl. */
  resolver: KnownResolverId | 'custom';
  customUrl: string;
  /** Headers only: no DNS query leaves the browser. */
  offline: boolean;
  /** Authentication-Results from these authserv-ids are believed, besides the edge receiver's own. */
  trustedAuthservIds: string[];
  /** Per DNS request, in milliseconds. */
  timeoutMs: number;
  language: Language;
  theme: Theme;
  /** How "Copy note" writes the note for the ticket: plain text (reads well anywhere) or Markdown. */
  noteFormat: NoteFormat;
  /** Keep the last analyses (extension/recent-analyses.ts) in this browser; false keeps none. */
  keepRecent: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  resolver: 'cloudflare',
  customUrl: '',
  offline: false,
  trustedAuthservIds: [],
  timeoutMs: 3000,
  language: 'browser',
  theme: 'system',
  noteFormat: 'plain',
  keepRecent: true,
};

export const MIN_TIMEOUT_MS = 500;
export const MAX_TIMEOUT_MS = 30_000;

const KEY = 'settings';

/** Stored values are checked one by one: a damaged or older entry falls back to the default for that field. */
export function readSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] =>
    valid(value[key]) ? (value[key] as Settings[K]) : DEFAULT_SETTINGS[key];
  return {
    resolver: pick('resolver', (v) => v === 'custom' || (typeof v === 'string' && isKnownResolverId(v))),
    customUrl: pick('customUrl', (v) => typeof v === 'string'),
    offline: pick('offline', (v) => typeof v === 'boolean'),
    trustedAuthservIds: pick('trustedAuthservIds', (v) => Array.isArray(v) && v.every((id) => typeof id === 'string')),
    timeoutMs: pick('timeoutMs', (v) => typeof v === 'number' && v >= MIN_TIMEOUT_MS && v <= MAX_TIMEOUT_MS),
    language: pick('language', (v) => v === 'browser' || v === 'en' || v === 'fr'),
    theme: pick('theme', (v) => v === 'system' || v === 'light' || v === 'dark'),
    noteFormat: pick('noteFormat', (v) => v === 'plain' || v === 'markdown'),
    keepRecent: pick('keepRecent', (v) => typeof v === 'boolean'),
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return readSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** The note format chosen beside "Copy note", kept for the next note; the other settings are read fresh, not overwritten. */
export async function rememberNoteFormat(noteFormat: NoteFormat): Promise<void> {
  await saveSettings({ ...(await loadSettings()), noteFormat });
}

/** One authserv-id per line or separated by commas, as typed in the options page. */
export function parseAuthservIds(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((id) => id.trim().toLowerCase()).filter((id) => id !== ''))];
}

export type CustomUrlCheck =
  | { ok: true; url: string; origin: string; loopback: boolean }
  | { ok: false; error: string };

/**
 * A custom resolver is an https: URL (RFC 8484 §5), or http: on 127.0.0.1 / localhost only, where a local
 * DoH server (the end-to-end tests' dnsdist) runs. The loopback case needs no host permission when the
 * server answers with Access-Control-Allow-Origin; an https: origin is asked for when it is chosen.
 */
export function checkCustomUrl(text: string, lang: Lang = 'en'): CustomUrlCheck {
  const endpoint = resolveEndpoint(text);
  if (!endpoint.ok) return { ok: false, error: DNS_SETUP_WORDS[lang].resolverProblem(endpoint.problem, formatFor(lang)) };
  if (isKnownResolverId(text.trim().toLowerCase())) return { ok: false, error: text };
  const url = new URL(endpoint.url);
  return { ok: true, url: url.href, origin: url.origin, loopback: url.protocol === 'http:' };
}
