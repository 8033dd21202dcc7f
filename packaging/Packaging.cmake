# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# Install rules and Debian packages. Two packages from one build, one per
# component: buurtmunt-server (the server, its systemd unit, the nginx site)
# and buurtmunt (the desktop app, its desktop entry and the kiosk session).
#   cmake --preset default && cmake --build --preset default
#   cd build/default && cpack -G DEB
# Included last from the top-level CMakeLists.txt, so the targets exist.
include(GNUInstallDirs)

# Installing and packaging use what was built; they do not first build every
# target (all tests included) again.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(_pkg_dir ${CMAKE_CURRENT_LIST_DIR})
set(_components "")

if(TARGET buurtmunt-server)
    list(APPEND _components buurtmunt-server)
    install(TARGETS buurtmunt-server
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT buurtmunt-server)
    install(FILES ${_pkg_dir}/systemd/buurtmunt-server.service
        DESTINATION lib/systemd/system COMPONENT buurtmunt-server)
    install(FILES ${_pkg_dir}/systemd/buurtmunt.sysusers
        DESTINATION lib/sysusers.d RENAME buurtmunt.conf COMPONENT buurtmunt-server)
    # A conffile (packaging/debian/buurtmunt-server/conffiles), so it lives
    # in /etc whatever the install prefix.
    install(FILES ${_pkg_dir}/systemd/buurtmunt-server.default
        DESTINATION /etc/default RENAME buurtmunt-server
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ COMPONENT buurtmunt-server)
    # An example for the operator to adapt, not an active nginx site.
    install(FILES ${_pkg_dir}/nginx/buurtmunt.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/buurtmunt-server/nginx COMPONENT buurtmunt-server)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/operator-guide.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/buurtmunt-server COMPONENT buurtmunt-server)
    install(FILES ${_pkg_dir}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/buurtmunt-server COMPONENT buurtmunt-server)
endif()

if(TARGET buurtmunt)
    list(APPEND _components buurtmunt)
    install(TARGETS buurtmunt
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/desktop/nl.buurtmunt.Buurtmunt.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/desktop/nl.buurtmunt.Buurtmunt.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/desktop/nl.buurtmunt.Buurtmunt.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT buurtmunt)
    install(PROGRAMS ${_pkg_dir}/kiosk/buurtmunt-kiosk-session
        DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/kiosk/buurtmunt-kiosk.service
        DESTINATION lib/systemd/system COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/kiosk/buurtmunt-kiosk.sysusers
        DESTINATION lib/sysusers.d RENAME buurtmunt-kiosk.conf COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/kiosk/buurtmunt-kiosk.pam
        DESTINATION /etc/pam.d RENAME buurtmunt-kiosk COMPONENT buurtmunt)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/operator-guide.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/buurtmunt COMPONENT buurtmunt)
    install(FILES ${_pkg_dir}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/buurtmunt COMPONENT buurtmunt)
endif()

if(NOT _components)
    return()
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME buurtmunt)
set(CPACK_PACKAGE_VENDOR "Buurtmunt contributors")
set(CPACK_PACKAGE_CONTACT "Buurtmunt contributors <beheer@buurtmunt.nl>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's synopsis is the first line of its own description below.
# CPackDeb prepends the global summary unless it equals CPack's built-in
# default, so it is set to exactly that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://buurtmunt.nl")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL ${_components})

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps turns the linked libraries into a correct Depends line; only
# what is loaded at run time (SQL drivers, libsecret, platform plugins) is
# listed by hand below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_BUURTMUNT-SERVER_PACKAGE_NAME buurtmunt-server)
set(CPACK_DEBIAN_BUURTMUNT-SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_BUURTMUNT-SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, systemd | adduser")
set(CPACK_DEBIAN_BUURTMUNT-SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql, sqlite3")
set(CPACK_DEBIAN_BUURTMUNT-SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
set(CPACK_DEBIAN_BUURTMUNT-SERVER_PACKAGE_CONTROL_EXTRA
    ${_pkg_dir}/debian/buurtmunt-server/postinst
    ${_pkg_dir}/debian/buurtmunt-server/prerm
    ${_pkg_dir}/debian/buurtmunt-server/postrm
    ${_pkg_dir}/debian/buurtmunt-server/conffiles)
set(CPACK_COMPONENT_BUURTMUNT-SERVER_DISPLAY_NAME "Buurtmunt server")
# First line: the synopsis apt shows; CPack indents the rest.
set(CPACK_DEBIAN_BUURTMUNT-SERVER_DESCRIPTION
"central server of the Buurtmunt neighbourhood coin
Buurtmunt lets a municipality reward residents with a local coin for
neighbourhood tasks, spent at local shops and settled in euros.
.
This package holds buurtmunt-server, the only authority on money: an HTTPS
JSON API over SQLite or PostgreSQL, with a systemd unit and an example nginx
site to put in front of it. License: EUPL-1.2.")

set(CPACK_DEBIAN_BUURTMUNT_PACKAGE_NAME buurtmunt)
set(CPACK_DEBIAN_BUURTMUNT_PACKAGE_SECTION x11)
set(CPACK_DEBIAN_BUURTMUNT_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, qt6-qpa-plugins, dbus-user-session | dbus-x11")
set(CPACK_DEBIAN_BUURTMUNT_PACKAGE_RECOMMENDS
    "gnome-keyring, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_BUURTMUNT_PACKAGE_SUGGESTS "cage, qt6-wayland")
set(CPACK_DEBIAN_BUURTMUNT_PACKAGE_CONTROL_EXTRA
    ${_pkg_dir}/debian/buurtmunt/postinst
    ${_pkg_dir}/debian/buurtmunt/conffiles)
set(CPACK_COMPONENT_BUURTMUNT_DISPLAY_NAME "Buurtmunt desktop app")
set(CPACK_DEBIAN_BUURTMUNT_DESCRIPTION
"front desks of the Buurtmunt neighbourhood coin
Buurtmunt lets a municipality reward residents with a local coin for
neighbourhood tasks, spent at local shops and settled in euros.
.
This package holds the buurtmunt desktop app: one program that is a resident
kiosk, a shop counter or a municipal staff desk, depending on how the device
was enrolled, plus a cage-based kiosk session. License: EUPL-1.2.")

include(CPack)
