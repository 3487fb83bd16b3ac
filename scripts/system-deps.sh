#!/usr/bin/env bash
# System packages the station and its tests need on Debian/Ubuntu: Qt's
# offscreen and xcb platform libraries, fonts with Chinese glyphs (TrueType
# WenQuanYi for PDF embedding, Noto CJK for the screen), socat (serial
# pseudo-terminals), zbar-tools (decoding printed barcodes), poppler-utils
# (PDF to PNG), Xvfb (a real window without a display), python3-venv, and the
# PostgreSQL 15 server for the tests.
# Installs only what is missing; needs root (or sudo) when something is.
set -euo pipefail

PACKAGES=(
  python3-venv
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb-xfixes0 libxrender1 libxi6
  fonts-wqy-microhei fonts-noto-cjk
  socat zbar-tools poppler-utils xvfb xauth
  postgresql-15 postgresql-client-15
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# PostgreSQL 15 may be present as bare binaries without the Debian package.
if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
  filtered=()
  for pkg in "${missing[@]}"; do
    case "$pkg" in postgresql-15|postgresql-client-15) ;; *) filtered+=("$pkg") ;; esac
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "missing packages and not root: apt-get install ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
