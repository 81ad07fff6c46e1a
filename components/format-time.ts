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
