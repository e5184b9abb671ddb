# Compiler settings shared by every OneWindow target: warnings, sanitizers, ccache.

find_program(OW_CCACHE ccache)
if(OW_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${OW_CCACHE}")
endif()

add_library(ow_warnings INTERFACE)
target_compile_options(ow_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wformat=2)
if(OW_WERROR)
    target_compile_options(ow_warnings INTERFACE -Werror)
endif()

# Product code: no implicit conversions between 8-bit strings and QString (every user string
# goes through tr(), every literal through QStringLiteral/u"").
add_library(ow_compiler_settings INTERFACE)
target_link_libraries(ow_compiler_settings INTERFACE ow_warnings)
target_compile_definitions(ow_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(OW_SANITIZE)
    set(_ow_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${_ow_san})
    add_link_options(-fsanitize=address,undefined)
endif()

# ow_apply_settings(target): one call per OneWindow product target.
function(ow_apply_settings target)
    target_link_libraries(${target} PRIVATE ow_compiler_settings)
endfunction()

# ow_apply_test_settings(target): tests keep the warnings but may write plain string literals.
function(ow_apply_test_settings target)
    target_link_libraries(${target} PRIVATE ow_warnings)
endfunction()
