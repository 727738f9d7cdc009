#!/usr/bin/env bash
# Smoke-test a frozen build: `bash packaging/smoke_test.sh DIST_DIR`.
# DIST_DIR is the bundle folder (dist/fastpix-desktop), the folder holding it (dist), or a .app.
# Checks: --version prints the package version; --self-test passes offscreen and names Python,
# Qt, PySide6 and a keyring backend; keyring's entry points are bundled (and, when
# gnome-keyring-daemon is installed, resolve to the Secret Service backend in a private D-Bus
# session); no kept library or symlink misses a pruned file; the trimmed ICU data still serves
# QtCore (Linux); the libraries left to the system are found here, and HTTPS works through the
# system's OpenSSL; the bundle and, when built,
# the .tar.xz beside it fit their size budgets.
# Env: SIZE_BUDGET_MB (default 90), ARCHIVE_BUDGET_MB (default 30), EXPECTED_VERSION (default:
# fastpix_desktop/_version.py).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
budget_mb="${SIZE_BUDGET_MB:-90}"
archive_budget_mb="${ARCHIVE_BUDGET_MB:-30}"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

if [ $# -ne 1 ]; then
  echo "usage: $0 DIST_DIR" >&2
  exit 2
fi
target="${1%/}"

# --- locate the bundle and the executable that prints to a console
is_program() { [ -f "$1" ] && [ -x "$1" ]; }
bundle="" exe=""
for candidate in "$target" "$target/fastpix-desktop" "$target"/*.app; do
  # Windows: the windowed .exe has no console to print to, so use its -cli twin.
  for program in "$candidate/Contents/MacOS/fastpix-desktop" \
    "$candidate/fastpix-desktop-cli.exe" "$candidate/fastpix-desktop"; do
    if is_program "$program"; then
      bundle="$candidate" exe="$program"
      break 2
    fi
  done
done
if [ -z "$bundle" ]; then
  echo "FAIL: no frozen fastpix-desktop under $target (run packaging/build.sh first)" >&2
  exit 1
fi
echo "bundle: $bundle"

run_limited() {  # run_limited SECONDS CMD...: coreutils timeout, or perl's alarm on macOS
  local seconds="$1"
  shift
  if command -v timeout >/dev/null 2>&1; then
    timeout "$seconds" "$@"
  else
    perl -e 'alarm shift; exec @ARGV or die "exec: $!"' "$seconds" "$@"
  fi
}

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# The self-test must not read or write the user's settings, caches or keyring.
export XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --- 1. --version
expected="${EXPECTED_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/fastpix_desktop/_version.py")}"
# tr: a Windows console exe ends lines with CRLF.
version_out="$(run_limited 60 "$exe" --version 2>&1 | tr -d '\r')" || true
if [ "$version_out" = "fastpix-desktop $expected" ]; then
  pass "--version printed '$version_out'"
else
  fail "--version printed '$version_out', expected 'fastpix-desktop $expected'"
fi

# --- 2. --self-test, headless (no D-Bus session: no keyring daemon to find)
status=0
run_limited 60 env -u DBUS_SESSION_BUS_ADDRESS QT_QPA_PLATFORM=offscreen "$exe" --self-test 2>&1 \
  | tr -d '\r' >"$scratch/self-test.txt" || status=$?
sed 's/^/  | /' "$scratch/self-test.txt"
if [ "$status" -eq 0 ]; then
  pass "--self-test exited 0"
else
  fail "--self-test exited $status (124 means it hung for 60 s)"
fi
expect_line() {  # expect_line FILE REGEX DESCRIPTION
  if grep -Eq "$2" "$1"; then
    pass "$3: $(grep -m1 -E "$2" "$1")"
  else
    fail "$3: no line matching /$2/"
  fi
}
expect_line "$scratch/self-test.txt" '^Python 3\.[0-9]+\.[0-9]+' "Python version"
expect_line "$scratch/self-test.txt" '^Qt 6\.[0-9]+\.[0-9]+' "Qt version"
expect_line "$scratch/self-test.txt" '^PySide6 6\.[0-9]+\.[0-9]+' "PySide6 version"
# A resolved backend named module.Class; headless that is keyring.backends.fail.Keyring.
expect_line "$scratch/self-test.txt" '^keyring backend: [A-Za-z_][A-Za-z0-9_.]*\.[A-Za-z_][A-Za-z0-9_]*$' \
  "resolved"

# --- 3. keyring's entry points: bundled metadata, and (when possible) resolved at run time
entry_points="$(find "$bundle" -path '*keyring-*.dist-info/entry_points.txt' -print -quit)"
if [ -n "$entry_points" ] && grep -q '^\[keyring.backends\]' "$entry_points" \
  && grep -q 'SecretService' "$entry_points"; then
  pass "keyring entry points bundled (${entry_points#"$bundle"/})"
else
  fail "keyring-*.dist-info/entry_points.txt with [keyring.backends] is missing from the bundle"
fi
if command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  # SecretService is reachable only through keyring's entry points, so naming it proves them.
  status=0
  HOME="$scratch" run_limited 60 dbus-run-session -- sh -c \
    'printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     QT_QPA_PLATFORM=offscreen "$0" --self-test' "$exe" >"$scratch/keyring-test.txt" 2>&1 \
    || status=$?
  if [ "$status" -eq 0 ] && grep -q '^keyring backend: keyring\.backends\.SecretService\.Keyring$' \
    "$scratch/keyring-test.txt"; then
    pass "with a Secret Service running, the frozen app resolves keyring.backends.SecretService.Keyring"
  else
    sed 's/^/  | /' "$scratch/keyring-test.txt"
    fail "with a Secret Service running, the frozen app did not resolve the SecretService backend"
  fi
else
  echo "skip: Secret Service check (needs gnome-keyring-daemon and dbus-run-session)"
fi

# --- 4. nothing kept lost a file the spec pruned: libraries (Linux), symlinks
if [ "$(uname -s)" = Linux ] && command -v ldd >/dev/null 2>&1; then
  internal="$bundle/_internal"
  missing="$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
    | xargs -0 -n 50 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null \
    | grep -E '^\s*lib(Qt6|icu|pyside6|shiboken6|python3)[^ ]* => not found' | sort -u || true)"
  if [ -z "$missing" ]; then
    pass "every bundled library finds its Qt/ICU/PySide6/Python dependencies"
  else
    fail "bundled libraries miss: $(echo "$missing" | awk '{print $1}' | tr '\n' ' ')"
  fi
  # The libraries bundle_rules.HOST_LIBRARIES leaves to the system must be on this one.
  host_re='lib(ssl|crypto|stdc\+\+|gcc_s|z|expat|uuid|gpg-error|X11|X11-xcb|xcb|xcb-[a-z0-9-]+|xkbcommon|xkbcommon-x11|fontconfig|freetype|glib-2\.0|gthread-2\.0|dbus-1)\.so'
  missing="$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
    | xargs -0 -n 50 env LD_LIBRARY_PATH="$internal" ldd 2>/dev/null \
    | grep -E "^\s*${host_re}[^ ]* => not found" | sort -u || true)"
  if [ -z "$missing" ]; then
    pass "the libraries left to the system (OpenSSL 3, X11/xcb, fonts, GLib, D-Bus, ...) are found"
  else
    fail "this system lacks libraries the bundle leaves to it: $(echo "$missing" | awk '{print $1}' | tr '\n' ' ')"
  fi
fi

icu_lib="$(find "$bundle" -name 'libicudata.so.*' -type f -print -quit)"
if [ -n "$icu_lib" ] && command -v python3 >/dev/null 2>&1; then
  # The trimmed (and stripped) ICU data, loaded with the bundle's own libicuuc/libicui18n.
  if icu_out="$(python3 - "$here/icu_trim.py" "$icu_lib" 2>&1 <<'PY'
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("fastpix_icu_trim", sys.argv[1])
icu_trim = importlib.util.module_from_spec(spec)
spec.loader.exec_module(icu_trim)
data = Path(sys.argv[2])
version = data.name.rsplit(".", 1)[1]
icu_trim.verify(data, libicuuc=data.parent / f"libicuuc.so.{version}",
                libicui18n=data.parent / f"libicui18n.so.{version}")
PY
  )"; then
    pass "bundled ICU data serves collation, codecs and time-zone names"
  else
    fail "bundled ICU data: $icu_out"
  fi
fi
dangling="$(find "$bundle" -type l ! -exec test -e {} \; -print)"
if [ -z "$dangling" ]; then
  pass "no dangling symlinks"
else
  fail "dangling symlinks (a pruned file is still linked to): $(echo "$dangling" | tr '\n' ' ')"
fi

# --- 4b. HTTPS through the system's OpenSSL (Linux: the bundle leaves libssl.so.3 to the system)
if [ "$(uname -s)" = Linux ] && command -v openssl >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost -keyout "$scratch/tls.key" -out "$scratch/tls.crt" \
    >/dev/null 2>&1
  # A local HTTPS "FastPix" that rejects every request with 401: exit code 4 from the frozen
  # `create` proves the TLS handshake (system OpenSSL, certificate checked) and the request.
  python3 - "$scratch" <<'PY' &
import http.server, json, pathlib, ssl, sys, threading
folder = pathlib.Path(sys.argv[1])
class Reject(http.server.BaseHTTPRequestHandler):
    def _reject(self):
        body = json.dumps({"success": False, "error": {"code": 401, "message": "Unauthorized"}}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = _reject
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Reject)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(folder / "tls.crt", folder / "tls.key")
server.socket = context.wrap_socket(server.socket, server_side=True)
(folder / "tls.port").write_text(str(server.server_address[1]))
threading.Timer(60, server.shutdown).start()
server.serve_forever()
PY
  tls_server=$!
  for _ in $(seq 100); do [ -s "$scratch/tls.port" ] && break; sleep 0.05; done
  status=0
  FASTPIX_USERNAME=smoke-token FASTPIX_PASSWORD=smoke-secret SSL_CERT_FILE="$scratch/tls.crt" \
    run_limited 60 "$exe" create --no-obs --json \
    --api-url "https://localhost:$(cat "$scratch/tls.port" 2>/dev/null)/v1" \
    >"$scratch/tls-out.txt" 2>&1 || status=$?
  kill "$tls_server" 2>/dev/null || true
  if [ "$status" -eq 4 ]; then
    pass "HTTPS with the system's OpenSSL: handshake, certificate check and request work (401 -> exit 4)"
  else
    sed 's/^/  | /' "$scratch/tls-out.txt"
    fail "HTTPS with the system's OpenSSL: create exited $status, expected 4 (credentials rejected)"
  fi
fi

# --- 5. size budget
file_sizes() {  # "bytes<TAB>path" for every regular file: GNU stat, else BSD stat (macOS)
  if stat -c %s "$exe" >/dev/null 2>&1; then
    find "$bundle" -type f -exec stat -c $'%s\t%n' {} +
  else
    find "$bundle" -type f -exec stat -f $'%z\t%N' {} +
  fi
}
file_sizes >"$scratch/sizes.tsv"
bytes="$(awk -F'\t' '{s += $1} END {printf "%d", s}' "$scratch/sizes.tsv")"
size_mb="$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')"
echo "bundle size: $size_mb MB ($bytes bytes; budget $budget_mb MB)"
echo "10 biggest files:"
sort -t$'\t' -k1,1nr "$scratch/sizes.tsv" \
  | awk -F'\t' -v root="$bundle/" 'NR > 10 {next} {p = $2; if (index(p, root) == 1) p = substr(p, length(root) + 1)
                                     printf "  %6.1f MB  %s\n", $1 / 1e6, p}'
if awk -v b="$bytes" -v m="$budget_mb" 'BEGIN {exit !(b > m * 1e6)}'; then
  fail "bundle is $size_mb MB, over the $budget_mb MB budget"
else
  pass "bundle within the $budget_mb MB budget"
fi

# --- 6. the archive users download (Linux: packaging/build.py writes it beside the bundle)
archive="$(find "$(dirname "$bundle")" -maxdepth 1 -name 'fastpix-desktop-*-linux-*.tar.xz' -newer "$exe" -print -quit 2>/dev/null || true)"
if [ -n "$archive" ]; then
  archive_bytes="$(wc -c <"$archive" | tr -d ' ')"
  archive_mb="$(awk -v b="$archive_bytes" 'BEGIN {printf "%.1f", b / 1e6}')"
  echo "archive: $archive, $archive_mb MB ($archive_bytes bytes; budget $archive_budget_mb MB)"
  # Listed to a file first: grep -q stopping early would break tar's pipe under pipefail.
  tar -tJf "$archive" >"$scratch/archive.txt" || true
  if grep -qx 'fastpix-desktop/fastpix-desktop' "$scratch/archive.txt"; then
    pass "the archive unpacks to fastpix-desktop/ with the executable"
  else
    fail "the archive has no fastpix-desktop/fastpix-desktop"
  fi
  if awk -v b="$archive_bytes" -v m="$archive_budget_mb" 'BEGIN {exit !(b > m * 1e6)}'; then
    fail "archive is $archive_mb MB, over the $archive_budget_mb MB budget"
  else
    pass "archive within the $archive_budget_mb MB budget"
  fi
elif [ "$(uname -s)" = Linux ]; then
  echo "skip: archive check (no fastpix-desktop-*-linux-*.tar.xz newer than the bundle)"
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures check(s) FAILED" >&2
  exit 1
fi
echo "smoke test: all checks passed"
