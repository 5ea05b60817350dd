#!/usr/bin/env bash
# Records the classes Case Explorer loads, for the AppCDS archive the .deb's postinst dumps:
# a headless export, and, when there is a display, the window up to its first frame.
# Usage: classlist.sh JAR OUTPUT
set -euo pipefail
jar=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 300 java -XX:DumpLoadedClassList="$work/export.classlist" -Djava.awt.headless=true -jar "$jar" \
    --export-comparison xiaomi,tesla,haidilao,ganqishi,xiaotimes --lang both --out "$work/training.pdf" >/dev/null
# A window that never reaches its first frame must not hold up the build.
window=(timeout 120 java -XX:DumpLoadedClassList="$work/window.classlist" -Djava.util.prefs.userRoot="$work/prefs"
        -Dcaseexplorer.exitAfterFirstFrame=true -jar "$jar")
if [ -n "${DISPLAY:-}" ]; then
    "${window[@]}" >/dev/null 2>&1 || echo "classlist: no window classes (the window did not start)"
elif command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a "${window[@]}" >/dev/null 2>&1 || echo "classlist: no window classes (the window did not start)"
else
    echo "classlist: no display and no xvfb-run, so no window classes"
fi
cat "$work"/*.classlist | awk '!seen[$0]++' > "$out"
echo "classlist: $(wc -l < "$out") classes in $out"
