// Times in the user's zone and in UTC, side by side, so an agent in Paris and a log in UTC agree.
export function formatLocalAndUtc(iso: string, language: string): { local: string; utc: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { local: iso, utc: iso };
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };
  return {
    local: date.toLocaleString(language, { ...options, timeZoneName: 'short' }),
    utc: date.toLocaleString(language, { ...options, timeZone: 'UTC' }) + ' UTC',
  };
}

/** "3 s", "2 min 5 s", "1 h 02 min": a delay between hops. */
export function formatDuration(seconds: number): string {
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}
