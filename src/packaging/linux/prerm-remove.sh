DESKTOP_COMMANDS_UNINSTALL
        # Case Explorer's own step in the .deb's prerm (package.sh puts it into the prerm
        # template of the jpackage that builds the .deb): the start-up caches postinst made.
        rm -f /opt/case-explorer/lib/app/case-explorer.jsa /opt/case-explorer/lib/app/case-explorer.aot \
            /opt/case-explorer/lib/app/case-explorer-cli.aot
