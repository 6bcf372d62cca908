#!/bin/sh
# Add ucupdates to the desktop's application menu (Linux), from the unpacked bundle.
#
#   ./install-desktop-entry.sh            for you:       ~/.local/share, ~/.local/bin
#   sudo ./install-desktop-entry.sh --system   for everyone:  /usr/local/share, /usr/local/bin
#   ./install-desktop-entry.sh --remove   (with --system too, if installed so)
#
# Installs the launcher (.desktop), the AppStream metadata, the icon, and a
# `ucupdates` command linked to this bundle's program. Run it again after moving
# the bundle. This script lives in the bundle (packaging/ucupdates.spec puts it there).
set -eu

ID=io.github.ucupdates.Console
HERE=$(cd "$(dirname "$0")" && pwd)
PROGRAM=$HERE/ucupdates

prefix=${XDG_DATA_HOME:-$HOME/.local/share}
bindir=$HOME/.local/bin
remove=no
for arg in "$@"; do
    case $arg in
        --system) prefix=/usr/local/share; bindir=/usr/local/bin ;;
        --remove) remove=yes ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install-desktop-entry.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

applications=$prefix/applications
metainfo=$prefix/metainfo
icons=$prefix/icons/hicolor/scalable/apps

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$applications" 2>/dev/null || true
    fi
    touch "$prefix/icons/hicolor" 2>/dev/null || true  # desktops rescan a changed icon folder
}

if [ "$remove" = yes ]; then
    rm -f "$applications/$ID.desktop" "$metainfo/$ID.metainfo.xml" "$icons/$ID.svg"
    if [ -L "$bindir/ucupdates" ]; then rm -f "$bindir/ucupdates"; fi
    refresh
    echo "removed ucupdates from $prefix"
    exit 0
fi

if [ ! -x "$PROGRAM" ]; then
    echo "install-desktop-entry.sh: no program at $PROGRAM; run me from the unpacked bundle" >&2
    exit 1
fi
case $PROGRAM in
    *[[:space:]\"\'\\\$\`]*)
        echo "install-desktop-entry.sh: move the bundle to a folder whose path has no" \
             "spaces or quotes (now: $HERE)" >&2
        exit 1 ;;
esac

mkdir -p "$applications" "$metainfo" "$icons" "$bindir"
# the launcher names the program by its full path, so it works without PATH
sed -e "s|^Exec=ucupdates |Exec=$PROGRAM |" -e "s|^TryExec=ucupdates\$|TryExec=$PROGRAM|" \
    "$HERE/share/applications/$ID.desktop" > "$applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$metainfo/$ID.metainfo.xml"
cp "$HERE/share/icons/hicolor/scalable/apps/$ID.svg" "$icons/$ID.svg"
ln -sfn "$PROGRAM" "$bindir/ucupdates"
refresh
echo "installed: ucupdates is in the application menu; the command 'ucupdates' is $bindir/ucupdates"
