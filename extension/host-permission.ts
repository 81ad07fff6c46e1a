// A custom DoH resolver's origin is asked for at the moment the user chooses it (options page), never at
// install: the manifest lists https://*/* as optional only. http: on loopback cannot be granted (and is not
// needed when the local server sends Access-Control-Allow-Origin, as the tests' dnsdist does).
export async function requestOrigin(origin: string): Promise<'granted' | 'denied' | 'not-needed'> {
  if (!origin.startsWith('https:')) return 'not-needed';
  const origins = [`${origin}/*`];
  try {
    // Called first thing in the click handler: the request needs the user's gesture, which an await before it could lose.
    return (await browser.permissions.request({ origins })) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
