#!/usr/bin/env bash
# barretimer's one entry point for people and CI.
#
#   ./dev.sh start        set everything up, then open the app
#   ./dev.sh test         set everything up, then run the whole test suite (not the slow trials)
#   ./dev.sh slow         the slow fault, fuzz and soak trials
#   ./dev.sh bench        the benchmarks; writes BENCHMARKS.md and benchmarks/results.json
#   ./dev.sh screenshots  the README screenshots, taken under Xvfb
#   ./dev.sh lint         ruff and mypy
#
# Set-up: the Debian packages below (installed when run as root, otherwise the one apt-get line
# to run is printed), a virtual environment in .venv, and the package with its test tools.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(
    python3 python3-venv
    libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 libpulse0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core
    espeak-ng alsa-utils
    xvfb xauth pulseaudio pulseaudio-utils libasound2-plugins sox
)
VENV=.venv
PYTHON=${PYTHON:-python3}

say() { printf '%s\n' "$*" >&2; }

missing_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${db:Status-Status}\n' "$pkg" 2>/dev/null | grep -qx installed || printf '%s ' "$pkg"
    done
}

system_packages() {
    if ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system: install the equivalents of: ${APT_PACKAGES[*]}"
        return 0
    fi
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        say "Installing system packages: $missing"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
        say "barretimer needs these system packages. Run this once, then run this command again:"
        say ""
        say "    sudo apt-get install --no-install-recommends $missing"
        say ""
        exit 1
    fi
}

python_env() {
    local extras=$1
    if [ ! -x "$VENV/bin/python" ]; then
        "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
            || { say "barretimer needs Python 3.10 or newer; found $("$PYTHON" --version)"; exit 1; }
        "$PYTHON" -m venv "$VENV"
    fi
    # Reinstall only when pyproject.toml changed since the last install.
    local stamp="$VENV/.installed-${extras:-app}"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
        "$VENV/bin/python" -m pip install -q -e ".${extras:+[$extras]}"
        touch "$stamp"
    fi
}

setup() {
    system_packages
    python_env "$1"
}

case "${1:-}" in
start)
    shift
    setup ""
    exec "$VENV/bin/barretimer" "$@"
    ;;
test)
    shift
    setup test
    exec "$VENV/bin/python" -m pytest -m "not slow" -p no:cacheprovider "$@"
    ;;
slow)
    shift
    setup test
    exec "$VENV/bin/python" -m pytest -m slow -p no:cacheprovider "$@"
    ;;
bench)
    shift
    setup test
    exec "$VENV/bin/python" -m benchmarks "$@"
    ;;
screenshots)
    shift
    setup test
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/python" -m benchmarks.screenshots "$@"
    ;;
lint)
    shift
    setup "test,dev"
    "$VENV/bin/ruff" check barretimer tests benchmarks
    "$VENV/bin/ruff" format --check barretimer tests benchmarks
    exec "$VENV/bin/mypy"
    ;;
*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
