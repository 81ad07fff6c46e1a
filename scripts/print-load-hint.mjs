// Printed at the end of `npm run build`: where the build went and how to load it.
console.log(`
MailTrust is built.
  Chrome, Chromium, Edge: open chrome://extensions, turn on Developer mode, click "Load unpacked"
                          and choose .output/chrome-mv3
  Firefox (140+, ESR too): npm run build:firefox, then about:debugging#/runtime/this-firefox,
                          "Load Temporary Add-on..." and choose .output/firefox-mv3/manifest.json
  Command line:           node dist/cli.mjs analyze message.eml   (node dist/cli.mjs --help)
`);
