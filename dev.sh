#!/usr/bin/env bash
# barretimer's one entry point for people and CI.
#
#   ./dev.sh start          set up what the app needs, then open it
#   ./dev.sh test           set up the app and its test tools, then run the whole test suite
#   ./dev.sh test --latest  the same suite against the newest releases, in a throwaway environment
#   ./dev.sh slow           the slow fault, fuzz and soak trials
#   ./dev.sh bench          the benchmarks; writes BENCHMARKS.md and benchmarks/results.json
#   ./dev.sh screenshots    the README screenshots, taken under Xvfb
#   ./dev.sh figures        the contact sheet of every exercise figure (assets/figures.png)
#   ./dev.sh lint           ruff, mypy and the layer contracts
#   ./dev.sh lock           refresh the locked versions in requirements/ (needs the network)
#
# Set-up: the Debian packages below (installed when run as root, otherwise the one apt-get line
# to run is printed), a virtual environment in .venv, and the exact versions and hashes of
# requirements/app.txt (start) or requirements/test.txt (everything else).
set -euo pipefail
cd "$(dirname "$0")"

# What the app needs: Python, Qt's libraries, a font, espeak-ng and aplay for speech.
APP_PACKAGES=(
    python3 python3-venv
    libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 libpulse0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 fonts-dejavu-core
    espeak-ng alsa-utils
)
# What the tests add: a virtual screen (Xvfb), a sound server with a null sink to record real
# speech (PulseAudio; libasound2-plugins lets aplay play into it, for the real-time cue tests),
# sox to measure recordings, and a private D-Bus session bus with playerctl for remote control.
TEST_PACKAGES=(
    xvfb xauth pulseaudio pulseaudio-utils libasound2-plugins sox dbus-daemon playerctl
)
VENV=.venv
PYTHON=${PYTHON:-python3}

say() { printf '%s\n' "$*" >&2; }

missing_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${db:Status-Status}\n' "$pkg" 2>/dev/null | grep -qx installed || printf '%s ' "$pkg"
    done
}

system_packages() {
    if ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system: install the equivalents of: $*"
        return 0
    fi
    local missing
    missing=$(missing_packages "$@")
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

check_python() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null \
        || { say "barretimer needs Python 3.10 or newer; found $("$PYTHON" --version 2>&1)"; exit 1; }
}

# Install the exact versions and hashes of a lock file into a virtual environment, then
# barretimer itself from the checkout (editable, with no further downloads).
install_locked() {
    local venv=$1 lock=$2
    if [ ! -x "$venv/bin/python" ]; then
        check_python
        "$PYTHON" -m venv "$venv"
    fi
    local stamp="$venv/.installed-$(basename "$lock" .txt)"
    if [ -f "$stamp" ] && [ ! "$lock" -nt "$stamp" ] && [ ! pyproject.toml -nt "$stamp" ]; then
        return 0
    fi
    say "Installing barretimer's Python packages into $venv (from $lock)."
    say "The first time this downloads about 85 MB, most of it Qt; later runs reuse it."
    "$venv/bin/python" -m pip install --disable-pip-version-check --require-hashes \
        --no-deps --progress-bar on -r "$lock"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
        --no-build-isolation -e .
    touch "$stamp"
}

setup_app() {
    system_packages "${APP_PACKAGES[@]}"
    install_locked "$VENV" requirements/app.txt
}

setup_test() {
    system_packages "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    install_locked "$VENV" requirements/test.txt
}

# The suite against the newest releases that pyproject.toml allows, in a throwaway
# environment, so that a dependency's new release breaks here before it reaches users.
test_latest() {
    system_packages "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    check_python
    local venv
    venv=$(mktemp -d "${TMPDIR:-/tmp}/barretimer-latest.XXXXXX")
    # shellcheck disable=SC2064  # the folder's name is fixed now, while $venv is in scope
    trap "rm -rf '$venv'" EXIT
    say "Testing against the newest releases in $venv (removed afterwards)."
    "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --progress-bar on \
        --upgrade --upgrade-strategy eager -e ".[test]"
    say "Newest releases installed:"
    "$venv/bin/python" -m pip list --format=freeze --disable-pip-version-check >&2
    "$venv/bin/python" -m pytest -m "not slow" -p no:cacheprovider "$@"
}

case "${1:-}" in
start)
    shift
    setup_app
    exec "$VENV/bin/barretimer" "$@"
    ;;
test)
    shift
    if [ "${1:-}" = "--latest" ]; then
        shift
        test_latest "$@"
        exit
    fi
    setup_test
    exec "$VENV/bin/python" -m pytest -m "not slow" -p no:cacheprovider "$@"
    ;;
slow)
    shift
    setup_test
    exec "$VENV/bin/python" -m pytest -m slow -p no:cacheprovider "$@"
    ;;
bench)
    shift
    setup_test
    exec "$VENV/bin/python" -m benchmarks "$@"
    ;;
screenshots)
    shift
    setup_test
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$VENV/bin/python" -m benchmarks.screenshots "$@"
    ;;
figures)
    shift
    setup_test
    exec "$VENV/bin/python" -m barretimer.ui.contact_sheet assets/figures.png "$@"
    ;;
lint)
    shift
    setup_test
    "$VENV/bin/ruff" check barretimer tests benchmarks
    "$VENV/bin/ruff" format --check barretimer tests benchmarks
    "$VENV/bin/lint-imports"
    exec "$VENV/bin/mypy"
    ;;
lock)
    shift
    if [ ! -x "$VENV/bin/python" ]; then
        check_python
        "$PYTHON" -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check "uv>=0.5"
    for lock in app test; do
        extras=(--extra fit)
        what="pyproject.toml with its fit extra"
        if [ "$lock" = test ]; then
            extras=(--extra fit --extra test --extra dev)
            what="pyproject.toml with its fit, test and dev extras"
        fi
        {
            echo "# Exact versions and hashes for ./dev.sh ${lock/app/start}; refresh with ./dev.sh lock."
            echo "# Locked on $(date -u +%Y-%m-%d) from $what and requirements/build.in,"
            echo "# for every Python from 3.10 on (resolved with $("$VENV/bin/python" --version))."
            echo "# PySide6 stays below 6.12 on Python < 3.12 only: 6.12.0 drops references to"
            echo "# None/True there (tests/ui/test_binding.py); on 3.12 the whole suite passes with it."
        } >"requirements/$lock.txt.new"
        "$VENV/bin/python" -m uv pip compile --quiet --no-python-downloads --universal \
            --python-version 3.10 --generate-hashes --no-header "${extras[@]}" \
            pyproject.toml requirements/build.in -o "requirements/$lock.txt.body"
        cat "requirements/$lock.txt.body" >>"requirements/$lock.txt.new"
        rm "requirements/$lock.txt.body"
        mv "requirements/$lock.txt.new" "requirements/$lock.txt"
        say "Wrote requirements/$lock.txt"
    done
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
