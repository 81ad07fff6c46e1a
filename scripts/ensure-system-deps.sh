#!/usr/bin/env bash
# The end-to-end and integration tests need real programs from Debian's packages:
# chromium and firefox-esr (the browsers the extension runs in), bind9 + dnsdist (real DNS servers on 127.0.0.1).
# As root on Debian we install what is missing and say so; otherwise we stop with the exact command.
set -euo pipefail

packages="chromium firefox-esr bind9 bind9-utils dnsutils dnsdist"
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
command -v named >/dev/null 2>&1 || [ -x /usr/sbin/named ] || missing+=(bind9)
command -v dnssec-keygen >/dev/null 2>&1 || missing+=(bind9-utils)
command -v dig >/dev/null 2>&1 || missing+=(dnsutils)
command -v dnsdist >/dev/null 2>&1 || [ -x /usr/bin/dnsdist ] || missing+=(dnsdist)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

command="apt-get update && apt-get install -y --no-install-recommends $packages"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "MailTrust tests need: ${missing[*]}. Installing with apt (Debian packages: $packages)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
  echo "Installed: $packages"
else
  echo "MailTrust tests need these Debian packages, which are missing: ${missing[*]}" >&2
  echo "Run as root:  $command" >&2
  exit 1
fi
