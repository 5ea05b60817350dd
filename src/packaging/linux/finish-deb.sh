#!/usr/bin/env bash
# Finishes the .deb jpackage made, for what jpackage cannot do itself:
# - the copyright file goes to /usr/share/doc/case-explorer/ (jpackage puts it under /opt),
#   with a Debian changelog beside it;
# - the empty preinst and postrm jpackage always writes are left out;
# - native code (the launcher, the runtime's libraries and helpers) is stripped of symbols,
#   as dh_strip does, and a shared library is not executable;
# - md5sums for dpkg --verify.
# - the app's files get the time stamp of STAMP, as in the app image the start-up cache was
#   trained on (jpackage's copy gives them the time of copying, which the JVM would refuse);
# Usage: finish-deb.sh DEB PACKAGING_DIR STAMP
set -euo pipefail
deb=$1
packaging=$2
stamp=$3
name=case-explorer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
dpkg-deb -R "$deb" "$root"

doc=$root/usr/share/doc/$name
install -d -m 755 "$doc"
install -m 644 "$packaging/copyright" "$doc/copyright"
gzip -9n < "$packaging/changelog.Debian" > "$doc/changelog.Debian.gz"
chmod 644 "$doc/changelog.Debian.gz"
rm -rf "$root/opt/$name/share"


# A script is empty when nothing is left once comments, blank lines and the case/esac
# skeleton (with its "unknown argument" branch) are taken away.
boilerplate='^[[:space:]]*(#.*|set -e|exit [01]|;;|esac|case "\$1" in|[a-z|*-]+\)|echo ".* called with unknown argument.*)?[[:space:]]*$'
for script in preinst postrm; do
    if [ -f "$root/DEBIAN/$script" ] && ! grep -qvE "$boilerplate" "$root/DEBIAN/$script"; then
        rm -f "$root/DEBIAN/$script"
    fi
done

find "$root/opt/$name" -type f -print0 | while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q '^ELF'; then
        strip --strip-unneeded --remove-section=.comment --remove-section=.note "$file"
    fi
done
find "$root/opt/$name" -type f -name '*.so' -exec chmod 644 {} +

find "$root/opt/$name" -exec touch -h -r "$stamp" {} +

(cd "$root" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
    > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"
# Installed-Size changes with stripping.
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$root/DEBIAN/control"

dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "finish-deb: $deb: copyright in /usr/share/doc/$name, native code stripped"
