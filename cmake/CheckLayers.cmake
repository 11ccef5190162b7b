# What include paths cannot express (see EcoClaimLayers.cmake); fails the build on any of:
#  * a Qt Widgets or Print Support header under core/ — Debian installs every Qt header under one root,
#    so <QtWidgets/QWidget> would resolve from a core target that does not link Widgets;
#  * a Qt SQL header under ui/ — widgets read through the service (core/service/casereader.h), never
#    through QSqlDatabase or QSqlQuery; <QtSql/…> resolves from the same root;
#  * an #include of a ui/ or app/ file under core/, or of an app/ file under ui/ (the include roots
#    already refuse them; said here once more with the file and line, before anything compiles);
#  * a quoted include that climbs ("../") or is absolute: it would step out of the target's include root.
#
#   cmake -DSOURCE_DIR=<repository or a scratch copy> -P cmake/CheckLayers.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers: set -DSOURCE_DIR=<the tree to check>")
endif()

set(bad "")
function(ecoclaim_scan folder regex why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "${regex}")
        if(lines)
            file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
            list(JOIN lines " | " shown)
            list(APPEND bad "${rel}: ${why}: ${shown}")
        endif()
    endforeach()
    set(bad "${bad}" PARENT_SCOPE)
endfunction()

set(inc "^[ \t]*#[ \t]*include[ \t]*")
ecoclaim_scan(core "${inc}[<\"](QtWidgets|QtPrintSupport|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QAbstractButton|QPrint[A-Za-z]*)"
              "core/ must not depend on Qt Widgets")
ecoclaim_scan(core "${inc}[<\"](ui|app)/" "core/ must not include ui/ or app/")
ecoclaim_scan(ui "${inc}[<\"](QtSql|QSql[A-Za-z]*)" "ui/ reads through the service, never SQL")
ecoclaim_scan(ui "${inc}[<\"]app/" "ui/ must not include app/")
foreach(folder core ui app)
    ecoclaim_scan(${folder} "${inc}\"([.][.]/|[^\"]*/[.][.]/|/)" "includes are module-rooted, never relative or absolute")
endforeach()

if(bad)
    list(JOIN bad "\n  " msg)
    message(FATAL_ERROR "Layer check failed:\n  ${msg}")
endif()
