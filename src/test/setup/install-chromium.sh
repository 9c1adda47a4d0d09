#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests when they are missing, and a CJK font so
# screenshots of Chinese and Japanese text are legible (without one Chromium draws empty boxes).
# Run by Maven before the integration tests, so `./mvnw verify` needs no manual step.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
        && fc-list :lang=zh 2>/dev/null | grep -q .; then
    exit 0
fi
sudo_if_needed=""
if [ "$(id -u)" -ne 0 ]; then
    sudo_if_needed="sudo -n"
fi
echo "Installing Debian chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
$sudo_if_needed apt-get update -qq
$sudo_if_needed apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
