# Builds each probe of tests/layers and checks the outcome (see CMakeLists.txt there), then runs the
# layer check script on scratch copies. Fails (FATAL_ERROR) on the first wall that does not stand.
#   cmake -DBUILD_DIR=… -DSOURCE_DIR=… -DSCRATCH=… -DPROBES="a;b" -P RunLayerProbes.cmake

# What each forbidden probe's build must say: the header it may not reach, then the compiler's words.
set(expect_forbidden_storage_includes_ui "ui/mainwindow.h: No such file or directory")
set(expect_forbidden_domain_includes_calendar "core/calendar/workcalendar.h: No such file or directory")
set(expect_forbidden_ui_includes_storage "core/storage/database.h: No such file or directory")
# handlers.h is core/service's own header; it needs storage, which ui/ does not have.
set(expect_forbidden_ui_includes_service_internals "core/storage/caserepository.h: No such file or directory")
set(expect_forbidden_cli_includes_repository "core/storage/caserepository.h: No such file or directory")
set(expect_forbidden_archive_constructs_writer "is private within this context")

set(failures "")
foreach(probe IN LISTS PROBES)
    # The object file of an earlier run would let the build say nothing: build it anew.
    file(GLOB_RECURSE old "${BUILD_DIR}/tests/layers/CMakeFiles/${probe}.dir/*.o")
    if(old)
        file(REMOVE ${old})
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${probe}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(probe MATCHES "^forbidden_")
        set(expected "${expect_${probe}}")
        string(FIND "${out}" "${expected}" at)
        if(rc EQUAL 0)
            list(APPEND failures "${probe}: built, but its include is forbidden")
        elseif(at EQUAL -1)
            list(APPEND failures "${probe}: failed, but not with \"${expected}\":\n${out}")
        else()
            message(STATUS "${probe}: refused as it must be (${expected})")
        endif()
    else()
        if(NOT rc EQUAL 0)
            list(APPEND failures "${probe}: an allowed include did not build:\n${out}")
        else()
            message(STATUS "${probe}: builds, as it may")
        endif()
    endif()
endforeach()

# The check script, on scratch copies of the real core/ and ui/: clean, it passes; with one forbidden
# include added, it fails and names the file.
function(run_check tree expect_pass expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${tree} -P ${SOURCE_DIR}/cmake/CheckLayers.cmake
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(expect_pass AND NOT rc EQUAL 0)
        set(failures "${failures};check script refused a clean copy:\n${out}" PARENT_SCOPE)
    elseif(NOT expect_pass)
        string(FIND "${out}" "${expected}" at)
        if(rc EQUAL 0 OR at EQUAL -1)
            set(failures "${failures};check script did not refuse (${expected}):\n${out}" PARENT_SCOPE)
        else()
            message(STATUS "check script refused: ${expected}")
        endif()
    endif()
endfunction()

file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH})
file(COPY ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app DESTINATION ${SCRATCH})
run_check(${SCRATCH} TRUE "")
file(WRITE ${SCRATCH}/core/storage/probewidget.h "#pragma once\n#include <QtWidgets/QWidget>\n")
run_check(${SCRATCH} FALSE "core/storage/probewidget.h: core/ must not depend on Qt Widgets")
file(REMOVE ${SCRATCH}/core/storage/probewidget.h)
file(WRITE ${SCRATCH}/ui/probesql.cpp "#include <QtSql/QSqlQuery>\n")
run_check(${SCRATCH} FALSE "ui/probesql.cpp: ui/ reads through the service, never SQL")
file(REMOVE ${SCRATCH}/ui/probesql.cpp)
file(WRITE ${SCRATCH}/core/service/probeclimb.cpp "#include \"../storage/database.h\"\n")
run_check(${SCRATCH} FALSE "core/service/probeclimb.cpp: includes are module-rooted")
file(REMOVE_RECURSE ${SCRATCH})

list(FILTER failures EXCLUDE REGEX "^$")
if(failures)
    list(JOIN failures "\n" msg)
    message(FATAL_ERROR "A layer wall does not stand:\n${msg}")
endif()
message(STATUS "Every wall stands.")
