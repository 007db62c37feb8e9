#!/usr/bin/env bash
# What the browser tests need from the machine, from Debian's packages (nothing may download a browser):
#  - chromium, driven by playwright-core;
#  - a CJK font, fonts-noto-cjk: without one, Chinese renders as fallback boxes whose metrics differ
#    from any reader's, and layout, contrast and Lighthouse figures stop meaning anything. Noto CJK
#    (Source Han) is the Chinese face most readers' systems show (Android, ChromeOS, most Linux), so
#    pages are tested as they are read. Why and how to rehearse a fresh machine: docs/ci.md.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$bin" ] || missing+=(chromium)
# fontconfig's list where it is installed, else the package state (dpkg -s alone also succeeds for a
# package removed with its configuration left behind).
has_cjk_font() {
  fc-list :lang=zh family 2>/dev/null | grep -qi 'noto.*cjk' || dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'
}
has_cjk_font || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian's ${missing[*]} for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Browser tests need: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]} (or set CHROMIUM_PATH)." >&2
exit 1
