        # Case Explorer's own steps in the .deb's postinst (package.sh puts them into the
        # postinst template of the jpackage that builds the .deb, in place of its install line).
        # xdg-desktop-menu refuses to install where no menu folders exist yet (a minimal system
        # with no desktop installed so far); these are the ones every desktop has.
        mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus/applications-merged
DESKTOP_COMMANDS_INSTALL
        # The start-up cache for this installed location, made from what the build recorded:
        # with a JDK 25+ runtime an ahead-of-time cache from the training run's configuration,
        # otherwise an AppCDS archive from the class list. A start-up optimisation only: if it
        # fails, the app starts the ordinary way.
        app=/opt/case-explorer/lib/app
        java=/opt/case-explorer/lib/runtime/bin/java
        classpath=$(sed -n 's/^app\.classpath=//p' "$app/case-explorer.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
        if ls "$app"/*.aotconf >/dev/null 2>&1; then
            # One cache per training: the window's and the command line's.
            for configuration in "$app"/*.aotconf; do
                aot=${configuration%.aotconf}.aot
                "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:AOTMode=create \
                    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
                    -XX:AOTConfiguration="$configuration" -XX:AOTCache="$aot" \
                    -Xlog:aot=off -Xlog:cds=off -cp "$classpath" >/dev/null 2>&1 || rm -f "$aot"
            done
        else
            "$java" -Xshare:dump -Xlog:cds=off \
                -XX:SharedClassListFile="$app/case-explorer.classlist" \
                -XX:SharedArchiveFile="$app/case-explorer.jsa" \
                -cp "$classpath" >/dev/null 2>&1 || rm -f "$app/case-explorer.jsa"
        fi
