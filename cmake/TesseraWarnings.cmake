# SPDX-License-Identifier: GPL-3.0-or-later
# One place for the warning flags every Tessera target is built with.
function(tessera_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow -Wconversion
        -Wno-sign-conversion)
    if(TESSERA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
