#!/usr/bin/env bash
# Installs the Debian 12 packages Tandem needs to build, run and test (only those missing).
set -euo pipefail
PKGS=(build-essential pkg-config file curl libssl-dev libwebkit2gtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver
  imagemagick dbus dbus-x11 fonts-dejavu-core sqlite3
  python3-dbusmock python3-icalendar poppler-utils qpdf
  postgresql gnome-keyring)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
