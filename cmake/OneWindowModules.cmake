# Domain plugins (modules/<name>/): Qt plugins implementing ow::core::MatterModule
# (app/core/modules/MatterModule.h) or ow::ui::MatterModuleWidgets (app/ui/modules/).
#
# They land in <build dir>/lib/onewindow/modules, the same place relative to bin/ (and tests/)
# as the install's ${CMAKE_INSTALL_LIBDIR}/onewindow/modules is to its bin/, so the loader's
# default directory works in the build tree, in tests and in an install alike.

set(OW_MODULES_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/onewindow/modules")
set(OW_MODULES_BUILD_DIR "${CMAKE_BINARY_DIR}/lib/onewindow/modules")

# Every module plugin target, for targets that must be built before tests or the app run.
set_property(GLOBAL PROPERTY OW_MODULE_TARGETS "")

# ow_add_module(<target> SOURCES <files> [LIBS <targets>] [WIDGETS])
# A module plugin: links Qt6::Core (and Qt6::Widgets with WIDGETS) and sees only the interface
# headers, never onewindow-core or onewindow-ui.
function(ow_add_module target)
    cmake_parse_arguments(arg "WIDGETS" "" "SOURCES;LIBS" ${ARGN})
    qt_add_plugin(${target} SHARED CLASS_NAME ${target})
    target_sources(${target} PRIVATE ${arg_SOURCES})
    ow_apply_settings(${target})
    set_target_properties(${target} PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY "${OW_MODULES_BUILD_DIR}"
        PREFIX "")
    target_include_directories(${target} PRIVATE "${PROJECT_SOURCE_DIR}/app/core/modules")
    target_link_libraries(${target} PRIVATE Qt6::Core ${arg_LIBS})
    if(arg_WIDGETS)
        target_include_directories(${target} PRIVATE "${PROJECT_SOURCE_DIR}/app/ui/modules")
        target_link_libraries(${target} PRIVATE Qt6::Widgets)
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION "${OW_MODULES_INSTALL_DIR}")
    set_property(GLOBAL APPEND PROPERTY OW_MODULE_TARGETS ${target})
endfunction()
