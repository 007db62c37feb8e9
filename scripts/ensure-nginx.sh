#!/usr/bin/env bash
# The deployment test serves the build with Debian's nginx and its brotli_static module, as
# deploy/nginx.conf asks; installed from Debian's packages when missing (as root).
set -euo pipefail
missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian's ${missing[*]} for the deployment test…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package starts a server on port 80; the test runs its own on a loopback port.
  (service nginx stop || systemctl stop nginx || pkill -x nginx) >/dev/null 2>&1 || true
  exit 0
fi
echo "The deployment test needs: ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
exit 1
