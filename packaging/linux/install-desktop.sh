#!/usr/bin/env bash
# Adds the unpacked Linux bundle to the desktop's application menu, for the current user:
#   ./install-desktop.sh            install (or update) the launcher and icons
#   ./install-desktop.sh uninstall  remove them again
# Run it from the unpacked fastpix-desktop/ folder (the .tar.xz ships it beside the program).
# Writes only $XDG_DATA_HOME/applications/fastpix-desktop.desktop (Exec points at this folder's
# program) and $XDG_DATA_HOME/icons/hicolor/*/apps/fastpix-desktop.{png,svg};
# XDG_DATA_HOME defaults to ~/.local/share. Nothing needs root.
set -euo pipefail

app="fastpix-desktop"
bundle="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_home="${XDG_DATA_HOME:-}"
case "$data_home" in
  /*) ;;                                  # the spec: relative values are ignored
  *) data_home="$HOME/.local/share" ;;
esac
applications="$data_home/applications"
icons="$data_home/icons/hicolor"
entry="$applications/$app.desktop"

refresh_caches() {  # best effort: menus also notice the files without these
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
}

# Exec/TryExec value for a path: double-quoted with " ` $ \ escaped, % doubled (Desktop
# Entry Specification, "The Exec key"), so a folder with spaces works.
exec_value() {
  local path="$1"
  path="${path//\\/\\\\}"
  path="${path//\"/\\\"}"
  path="${path//\`/\\\`}"
  path="${path//\$/\\\$}"
  path="${path//%/%%}"
  printf '"%s"' "$path"
}

install_desktop() {
  local program="$bundle/$app" source="$bundle/share/applications/$app.desktop"
  if [ ! -x "$program" ] || [ ! -f "$source" ]; then
    echo "install-desktop: run me from the unpacked $app folder (no $program)" >&2
    exit 1
  fi
  mkdir -p "$applications"
  local quoted
  quoted="$(exec_value "$program")"
  # Every line as shipped, except the two that name the program: they get its full path.
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      Exec=*) printf 'Exec=%s\n' "$quoted" ;;
      TryExec=*) printf 'TryExec=%s\n' "$program" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done <"$source" >"$entry.partial"
  mv -f "$entry.partial" "$entry"
  local icon rel
  while IFS= read -r -d '' icon; do
    rel="${icon#"$bundle/share/icons/hicolor/"}"
    mkdir -p "$icons/$(dirname "$rel")"
    cp -f "$icon" "$icons/$rel"
  done < <(find "$bundle/share/icons/hicolor" -path "*/apps/$app.*" -type f -print0)
  refresh_caches
  echo "installed: $entry (Exec $program) and its icons under $icons"
}

uninstall_desktop() {
  rm -f "$entry"
  find "$icons" -path "*/apps/$app.png" -type f -delete 2>/dev/null || true
  find "$icons" -path "*/apps/$app.svg" -type f -delete 2>/dev/null || true
  refresh_caches
  echo "removed: $entry and the $app icons under $icons"
}

case "${1:-install}" in
  install) install_desktop ;;
  uninstall) uninstall_desktop ;;
  *)
    echo "usage: $0 [install|uninstall]" >&2
    exit 2
    ;;
esac
