#!/usr/bin/env bash
# Makes sure the browser tests' browser is there: Debian's chromium and chromium-driver (README "Pages").
#   deploy/ensure-chromium.sh
# Installs both with apt-get (as root, or with sudo) when either is missing; fails loudly when it
# cannot, since the *IT browser tests would then fail for a reason that has nothing to do with the pages.
# The tests use /usr/bin/chromium and /usr/bin/chromedriver (override: -Dbrowser.chromium=..., -Dbrowser.chromedriver=...).
set -euo pipefail
. "$(dirname "$0")/lib.sh"   # say, die, is_debian, can_be_root, apt_install

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
is_debian && can_be_root ||
  die "chromium and chromedriver are missing and cannot be installed here (needs Debian/Ubuntu and root or sudo); install them, e.g. 'sudo apt-get install -y chromium chromium-driver', and try again."
apt_install chromium chromium-driver ||
  die "apt-get could not install chromium and chromium-driver; the browser tests need them."
command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 ||
  die "chromium or chromedriver is still missing after apt-get install; the browser tests need both."
say "installed $(chromium --version 2>/dev/null || echo chromium) and $(chromedriver --version 2>/dev/null | head -1)"
