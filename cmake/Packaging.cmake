# The Debian package (issue 16 part 12): `cpack -G DEB` in the build folder, or scripts/package.sh, makes
# ecoclaim_VERSION_amd64.deb — the window and the command line (translations, paper templates, calendars and
# the rules' text are compiled into them; copies of the templates, calendars and rules go to
# /usr/share/ecoclaim for a unit to adapt or import), a menu entry, AppStream metadata, icons in the hicolor
# theme, manual pages, copyright and changelog. Library dependencies come from dpkg-shlibdeps; what it
# cannot see (Qt loads them at run time) is named: the platform plugins, the SQLite and PostgreSQL drivers,
# CJK fonts for the papers. tests/packaging checks the result with lintian, desktop-file-validate and
# appstreamcli, and unpacks it into a scratch root.

include(GNUInstallDirs)
set(pkg ${PROJECT_SOURCE_DIR}/packaging)
install(TARGETS ecoclaim ecoclaim-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${pkg}/ecoclaim.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${pkg}/org.ecoclaim.EcoClaim.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${pkg}/icons/ecoclaim.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${pkg}/icons/ecoclaim-${size}.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ecoclaim.png)
endforeach()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/papers/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ecoclaim/papers)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/calendars/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ecoclaim/calendars)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ecoclaim/rules)

# Debian wants manual pages and the changelog compressed with gzip -9n (no name, no time: reproducible).
set(gz ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${gz})
foreach(source man/ecoclaim.1 man/ecoclaim-cli.1 changelog)
    get_filename_component(name ${source} NAME)
    add_custom_command(OUTPUT ${gz}/${name}.gz
        COMMAND gzip -9n -c ${pkg}/${source} > ${gz}/${name}.gz
        DEPENDS ${pkg}/${source} VERBATIM)
    list(APPEND compressed ${gz}/${name}.gz)
endforeach()
add_custom_target(ecoclaim_package_docs ALL DEPENDS ${compressed})
install(FILES ${gz}/ecoclaim.1.gz ${gz}/ecoclaim-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${gz}/changelog.gz ${pkg}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/ecoclaim) # the package's name

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ecoclaim)
set(CPACK_PACKAGE_VENDOR "EcoClaim developers")
set(CPACK_PACKAGE_CONTACT "EcoClaim developers <ecoclaim@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "ecological-environment damage compensation case handling")
# The synopsis is the summary; the extended description follows it (lines under 80 columns).
set(CPACK_PACKAGE_DESCRIPTION "EcoClaim (生态环境损害赔偿案件办理系统) is the desktop tool of the
caseworkers who handle ecological-environment damage compensation cases
under the Shanghai rules: from the first clue to the archived case file,
with deadlines, official papers, evidence, archives and reports. Every
step is also a command of ecoclaim-cli.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/ecoclaim/ecoclaim")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# Loaded by Qt at run time, so dpkg-shlibdeps cannot see them: the xcb platform plugin, the two SQL drivers,
# and fonts that hold the Chinese characters of the papers and the window.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql, fonts-noto-cjk | fonts-arphic-uming | fonts-droid-fallback")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils")
include(CPack)
