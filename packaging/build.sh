#!/usr/bin/env bash
# Build the one-folder bundle dist/ucupdates/ (and dist/ucupdates-VERSION-linux-ARCH.tar.gz)
# with PyInstaller, then test the built program the way an administrator uses it.
#
#   bash packaging/build.sh            (from anywhere; takes about a minute)
#
# Steps: a virtual environment (.venv, or $UCUPDATES_VENV) with the project and
# PyInstaller; on Debian/Ubuntu the X11/Wayland libraries the bundle must carry;
# PyInstaller with packaging/ucupdates.spec (which also compiles the translations);
# then the built program: --version, pack + import + approve, `serve` on a free
# port with one update check and one download over HTTP, SIGTERM -> exit 0, the
# console's import child process, the console offscreen for 5 s, the time to a
# shown window; the validators for the desktop file, the AppStream metadata and
# the systemd unit. Any failure stops the script with a message saying what broke.
#
# Environment: PYTHON (to create the venv; default python3), UCUPDATES_VENV,
# UCUPDATES_NO_TRIM=1 (keep every Qt part, to compare), UCUPDATES_ALLOW_MISSING_LIBS=1
# (build even if system libraries the bundle should carry are missing).
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VENV=${UCUPDATES_VENV:-$ROOT/.venv}
PY=$VENV/bin/python
BUNDLE=$ROOT/dist/ucupdates
BIN=$BUNDLE/ucupdates
LOG=$ROOT/build/pyinstaller.log
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ucupdates-build.XXXXXX")
SERVER_PID=""
GUI_PID=""

step() { printf '\n== %s\n' "$*"; }
note() { printf '   %s\n' "$*"; }
fail() {
    printf '\nbuild.sh: FAILED: %s\n' "$*" >&2
    exit 1
}
cleanup() {
    for pid in $SERVER_PID $GUI_PID; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'printf "\nbuild.sh: FAILED: line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

# -- 1. the build environment ---------------------------------------------------------
step "build environment ($VENV)"
if [ ! -x "$PY" ]; then
    "${PYTHON:-python3}" -m venv "$VENV" || fail "could not create a virtual environment at $VENV"
fi
mkdir -p "$ROOT/build"
PIP_LOG=$ROOT/build/pip.log
pip_install() {
    "$PY" -m pip install --quiet "$@" >>"$PIP_LOG" 2>&1 \
        || { tail -n 20 "$PIP_LOG" >&2; fail "pip install $* failed (log: $PIP_LOG)"; }
}
: >"$PIP_LOG"
pip_install --upgrade pip
pip_install -e "$ROOT"  # again each time: the project's dependencies may have changed
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
    note "installing PyInstaller into the venv"
    pip_install "pyinstaller>=6.10,<7"
fi
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
note "ucupdates $VERSION, $("$PY" -m PyInstaller --version | sed 's/^/PyInstaller /'), $("$PY" -c 'import PySide6; print("PySide6", PySide6.__version__)')"

# -- 2. system libraries the bundle carries ------------------------------------------
# PyInstaller copies the system libraries Qt's platform plugins link to; missing
# ones are silently left out, and the bundle then fails on desktops without them.
QT_RUNTIME_DEBS=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
                 libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1
                 libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 libwayland-egl1
                 libfontconfig1 libdbus-1-3 libegl1)
if command -v dpkg-query >/dev/null 2>&1; then
    step "system libraries for Qt's X11 and Wayland plugins"
    missing=()
    for deb in "${QT_RUNTIME_DEBS[@]}"; do
        dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$deb")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        note "all present"
    elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        note "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
            || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
            || fail "could not install ${missing[*]}"
    elif [ "${UCUPDATES_ALLOW_MISSING_LIBS:-}" != 1 ]; then
        fail "missing system libraries: run  sudo apt-get install ${missing[*]}
(or set UCUPDATES_ALLOW_MISSING_LIBS=1 to build a bundle that needs them on the desktop)"
    fi
fi

# -- 3. the bundle ---------------------------------------------------------------------
step "PyInstaller: packaging/ucupdates.spec (compiles the translations too) -> dist/ucupdates/"
started=$(date +%s)
if ! "$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$ROOT/dist" \
        --workpath "$ROOT/build" packaging/ucupdates.spec >"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    fail "PyInstaller failed (whole log: $LOG)"
fi
note "built in $(( $(date +%s) - started )) s; log: $LOG"
grep "^ucupdates.spec:" "$LOG" | sed 's/^/   /' || true
[ -x "$BIN" ] || fail "no program at $BIN"

INTERNAL=$BUNDLE/_internal
for needed in VERSION resources/icons/ucupdates.svg resources/translations/ucupdates_de.qm \
              PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
              PySide6/Qt/plugins/platforms/libqoffscreen.so \
              PySide6/Qt/plugins/iconengines/libqsvgicon.so PySide6/Qt/plugins/imageformats/libqsvg.so; do
    [ -e "$INTERNAL/$needed" ] || fail "the bundle lacks $needed"
done
for ts in resources/translations/*.ts; do
    qm=$(basename "${ts%.ts}").qm
    [ -s "$INTERNAL/resources/translations/$qm" ] || fail "the bundle lacks the compiled $qm"
done

unresolved=$(cd "$INTERNAL" && find . -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH=$INTERNAL:$INTERNAL/PySide6/Qt/lib xargs -0 ldd 2>/dev/null \
    | awk '/=> not found/ {print $1}' | sort -u | tr '\n' ' ')
if [ -n "$unresolved" ]; then
    msg="libraries neither in the bundle nor on this machine: $unresolved"
    [ "${UCUPDATES_ALLOW_MISSING_LIBS:-}" = 1 ] && note "WARNING: $msg" || fail "$msg"
fi

# -- 4. the built program, headless ------------------------------------------------------
step "ucupdates --version"
said=$("$BIN" --version) || fail "--version exited with $?"
note "$said"
[ "$said" = "ucupdates $VERSION" ] || fail "--version says '$said', pyproject.toml says $VERSION"

step "pack, import and approve a sample package with the built program"
DATA=$WORK/data
"$BIN" --data-dir "$DATA" pack --sample -o "$WORK/sample.cab" | sed 's/^/   /'
"$BIN" --data-dir "$DATA" import "$WORK/sample.cab" | tail -n 1 | sed 's/^/   /'
"$BIN" --data-dir "$DATA" rules approve --all >/dev/null
"$BIN" --data-dir "$DATA" rules list --state approved | grep -q "HP .*4120" \
    || fail "the imported HP 4120 rule is not approved"

step "serve on a free port, one update check and one download over HTTP, SIGTERM"
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" --data-dir "$DATA" serve --host 127.0.0.1 --port "$PORT" 2>"$WORK/serve.log" &
SERVER_PID=$!
for _ in $(seq 100); do
    grep -q "serving on" "$WORK/serve.log" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; fail "serve exited at start"; }
    sleep 0.1
done
grep -q "serving on" "$WORK/serve.log" || { cat "$WORK/serve.log" >&2; fail "serve did not start in 10 s"; }
note "serving on 127.0.0.1:$PORT (pid $SERVER_PID)"
# a real HTTP client, as the README shows; the Python standard library where curl is missing
"$PY" - "$PORT" <<'EOF' || fail "the update check over HTTP failed"
import hashlib, http.client, re, shutil, subprocess, sys
port = sys.argv[1]
body = ('<UpdateRequest><DeviceType>UCPhone</DeviceType><Brand>HP</Brand><Model>4120</Model>'
        '<Revision>A</Revision><Locale>ENU</Locale><MacAddress>00-11-22-33-44-55</MacAddress>'
        '<Modules><Module UpdateType="CPE" Version="4.0.7577.4066"/></Modules></UpdateRequest>')
url = f"http://127.0.0.1:{port}/RequestHandler/ucdevice.upx"
if shutil.which("curl"):
    client = "curl"
    answer = subprocess.run(["curl", "-sS", "--fail", "-X", "POST", "-H", "Content-Type: text/xml",
                             "--data-binary", body, url], capture_output=True, text=True, check=True).stdout
else:
    client = "http.client"
    conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
    conn.request("POST", "/RequestHandler/ucdevice.upx", body, {"Content-Type": "text/xml"})
    reply = conn.getresponse()
    assert reply.status == 200, f"HTTP {reply.status}"
    answer = reply.read().decode()
assert 'Downloads="1"' in answer, f"expected one download, got:\n{answer}"
name, sha, file_url = re.search(r'Name="(CPE\.nbt)"[^>]*Sha256="([0-9a-f]+)"[^>]*InternalUrl="([^"]+)"',
                                answer).groups()
conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=30)
conn.request("GET", file_url.split(port, 1)[1])
data = conn.getresponse().read()
assert hashlib.sha256(data).hexdigest() == sha, f"{name}: SHA-256 differs from the answer's"
print(f"   update check ({client}): Downloads=\"1\"; GET {name}: {len(data):,} bytes, SHA-256 matches")
EOF
kill -TERM "$SERVER_PID"
status=0
wait "$SERVER_PID" || status=$?
SERVER_PID=""
[ "$status" = 0 ] || { cat "$WORK/serve.log" >&2; fail "serve exited with $status after SIGTERM (want 0)"; }
grep "answered" "$WORK/serve.log" | sed 's/^.*: /   stopped: /'
ls "$DATA"/Logs/Server/Audit/imageUpdates/*.log >/dev/null 2>&1 || fail "no audit log was written"

step "the console's import child process, run by the bundle"
# The console imports in a child process (multiprocessing "spawn"): frozen, that
# is the bundle's program started with --multiprocessing-fork, which
# freeze_support() in app/__main__.py must turn into the child. Posing as a frozen
# parent, this Python starts the bundle exactly so and imports a package through it.
"$BIN" --data-dir "$WORK/child" pack --sample --sample-version 4.0.7577.4400 \
    -o "$WORK/child.cab" >/dev/null
# (-c, not a script: the child would run the parent's main script first)
CHILD_CHECK=$(cat <<'EOF'
import os, sys
from multiprocessing import resource_tracker, spawn
from pathlib import Path

bundle, data, cab = sys.argv[1:4]
sys.frozen = True  # multiprocessing now starts "<bundle> --multiprocessing-fork ..."
spawn.set_executable(bundle)
# A frozen parent would start the resource tracker from the bundle too, with the
# bundle's own interpreter flags; a Pipe needs none, so give it a stand-in.
resource_tracker._resource_tracker._fd = os.pipe()[1]
resource_tracker._resource_tracker._pid = os.getpid()
from app.import_worker import IsolatedImport

job = IsolatedImport(Path(data), Path(cab))
previewed = len(job.preview().items)
imported = len(job.run(lambda done, total, text: True).items)
job.close()
assert previewed == imported == 4 and job._process.exitcode == 0, (
    previewed, imported, job._process.exitcode)
print(f"   preview and import of {imported} updates in the child; it exited with 0")
EOF
)
timeout 120 "$PY" -c "$CHILD_CHECK" "$BIN" "$WORK/child" "$WORK/child.cab" \
    || fail "the bundle failed as the import child"
"$BIN" --data-dir "$WORK/child" rules list --state pending | grep -q "4.0.7577.4400" \
    || fail "the import in the child process left no pending 4.0.7577.4400"

# -- 5. the console, offscreen ----------------------------------------------------------
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache

step "console offscreen for 5 s (German, from the compiled translation)"
LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 "$BIN" --data-dir "$DATA" 2>"$WORK/gui.log" &
GUI_PID=$!
sleep 5
if ! kill -0 "$GUI_PID" 2>/dev/null; then
    status=0
    wait "$GUI_PID" || status=$?
    GUI_PID=""
    cat "$WORK/gui.log" >&2
    fail "the console exited within 5 s (status $status)"
fi
kill -TERM "$GUI_PID"
wait "$GUI_PID" 2>/dev/null || true
GUI_PID=""
if grep -E "Traceback|Error|lrelease|could not|Could not" "$WORK/gui.log" >&2; then
    fail "the console reported errors (above)"
fi
note "still running after 5 s, nothing on stderr but Qt's offscreen notes"
[ -d "$XDG_CACHE_HOME" ] && find "$XDG_CACHE_HOME" -name '*.qm' | grep -q . \
    && fail "the console compiled a translation at run time instead of using the bundled .qm"

step "time to a shown window (offscreen, UCUPDATES_EXIT_AFTER_SHOW=1)"
for run in 1 2 3; do
    UCUPDATES_EXIT_AFTER_SHOW=1 timeout 60 "$BIN" --data-dir "$DATA" 2>"$WORK/show.log" \
        || { cat "$WORK/show.log" >&2; fail "the console did not show its window (run $run)"; }
    grep -q "window shown" "$WORK/show.log" || fail "the console did not report its window (run $run)"
    note "run $run: $(grep -o 'window shown.*' "$WORK/show.log")"
done
if command -v xvfb-run >/dev/null 2>&1 && command -v xauth >/dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb UCUPDATES_EXIT_AFTER_SHOW=1 timeout 60 xvfb-run -a "$BIN" \
        --data-dir "$DATA" 2>"$WORK/xcb.log" \
        || { cat "$WORK/xcb.log" >&2; fail "the console did not show its window on X11 (Xvfb)"; }
    note "X11 (Xvfb, xcb plugin): $(grep -o 'window shown.*' "$WORK/xcb.log")"
else
    note "(xvfb-run or xauth not installed: the X11 platform plugin was not tried)"
fi
unset QT_QPA_PLATFORM

# -- 6. validators -------------------------------------------------------------------------
step "validators"
validated=0
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate packaging/linux/io.github.ucupdates.Console.desktop \
        || fail "desktop-file-validate"
    note "desktop-file-validate: ok"; validated=$((validated + 1))
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net packaging/linux/io.github.ucupdates.Console.metainfo.xml \
        | sed 's/^/   /' || fail "appstreamcli validate"
    validated=$((validated + 1))
fi
if command -v systemd-analyze >/dev/null 2>&1; then
    # the unit names /opt/ucupdates/ucupdates; verify it against the program just built
    sed "s|/opt/ucupdates/ucupdates|$BIN|" packaging/systemd/ucupdates.service \
        >"$WORK/ucupdates.service"
    systemd-analyze verify "$WORK/ucupdates.service" || fail "systemd-analyze verify"
    note "systemd-analyze verify: ok; $(systemd-analyze security --offline=yes \
        "$WORK/ucupdates.service" 2>/dev/null | grep -o 'Overall exposure.*' || true)"
    validated=$((validated + 1))
fi
[ "$validated" = 3 ] || note "(some validators are not installed: sudo apt-get install" \
    "desktop-file-utils appstream systemd)"

# -- 7. the download -------------------------------------------------------------------------
step "archive"
ARCHIVE=$ROOT/dist/ucupdates-$VERSION-linux-$(uname -m).tar.gz
tar -C "$ROOT/dist" -czf "$ARCHIVE" ucupdates
note "bundle:  $(du -sh "$BUNDLE" | cut -f1)  $BUNDLE"
note "archive: $(du -sh "$ARCHIVE" | cut -f1)  $ARCHIVE"
printf '\nbuild.sh: OK: ucupdates %s built and tested\n' "$VERSION"
