# The layers of docs/ARCHITECTURE.md ("Layers, enforced by the build"), made by the compiler:
#
#  * No target has the repository root on its include path. Each library and executable gets an
#    include root of its own in the build tree, build/include-roots/<target>/, holding symbolic links to
#    exactly the folders (or single headers) its CMake says it may use — its ALLOWED list. A forbidden
#    #include "core/storage/…" in ui/ then fails with "No such file or directory", also when it sits
#    deep in a chain of headers (a public header of an allowed folder that includes a forbidden one
#    fails in every file that includes it: what a layer shows upward must only need what that layer's
#    users may see).
#  * The include root is PRIVATE: using a library gives its link, never what it may itself include.
#  * Core libraries link only Qt Core / Sql (documents, reports, archive: Gui) — never Widgets.
#  * What an include path cannot express is checked by cmake/CheckLayers.cmake before every build
#    (target ecoclaim_check_layers): Debian installs every Qt header under one root, so
#    <QtWidgets/QWidget> resolves from any target; "../" includes would walk out of an include root.
#
# tests/layers proves it: a probe that includes a forbidden header fails to build, an allowed one
# builds (tst_layers).

add_custom_target(ecoclaim_check_layers
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
    COMMENT "Checking the layers: no widget header in core/, no SQL in ui/, no include outside its root"
    VERBATIM)

# ecoclaim_include_root(TARGET entry…): the include root of TARGET with a link for each entry — a
# folder ("core/domain") or one header ("core/storage/database.h") — relative to the repository.
function(ecoclaim_include_root target)
    set(root ${CMAKE_BINARY_DIR}/include-roots/${target})
    file(REMOVE_RECURSE ${root}) # an entry taken out of a list must not stay reachable
    foreach(entry IN LISTS ARGN)
        if(NOT EXISTS ${PROJECT_SOURCE_DIR}/${entry})
            message(FATAL_ERROR "${target}: ALLOWED names ${entry}, which does not exist")
        endif()
        get_filename_component(parent ${root}/${entry} DIRECTORY)
        file(MAKE_DIRECTORY ${parent})
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${entry} ${root}/${entry} SYMBOLIC)
    endforeach()
    target_include_directories(${target} PRIVATE ${root})
    set_property(TARGET ${target} PROPERTY ECOCLAIM_ALLOWED "${ARGN}")
    add_dependencies(${target} ecoclaim_check_layers)
endfunction()

# One library per core folder (module-rooted includes: "core/domain/money.h"). ALLOWED: the other
# core folders this one may include (its own is always allowed). Qt modules PRIVATE unless a public
# header needs them.
function(ecoclaim_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;ALLOWED;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    file(RELATIVE_PATH own ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    ecoclaim_include_root(${name} ${own} ${ARG_ALLOWED})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()

# A scratch target compiled exactly like a library with the given ALLOWED list, built only by
# tst_layers (never by "all"): the proof that the walls stand.
function(ecoclaim_layer_probe name)
    cmake_parse_arguments(ARG "" "SOURCE" "ALLOWED;LIBS" ${ARGN})
    add_library(${name} OBJECT EXCLUDE_FROM_ALL ${ARG_SOURCE})
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    ecoclaim_include_root(${name} ${ARG_ALLOWED})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
endfunction()
