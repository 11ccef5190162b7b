# The layers of DESIGN.md, enforced by the build:
#  * every core library links only QtCore/QtSql (documents: QtGui) — never QtWidgets, so <QWidget> is not
#    on its include path;
#  * because Debian installs all Qt headers under one root, <QtWidgets/QWidget> would still resolve, so a
#    check runs before every core library builds and fails the build on any widget include in core/.
add_custom_target(ecoclaim_check_layers
    COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${PROJECT_SOURCE_DIR}/core -P ${PROJECT_SOURCE_DIR}/cmake/CheckCoreHasNoWidgets.cmake
    COMMENT "Checking that core/ includes no widget header"
    VERBATIM)

# One library per core folder: module-rooted includes ("core/domain/money.h"), Qt modules PRIVATE
# unless a public header needs them.
function(ecoclaim_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    add_dependencies(${name} ecoclaim_check_layers)
endfunction()
