# The README quotes the compiler's error for a refused for_training word for word (g++), so the quote
# cannot drift from the static_assert message.
#   cmake -DCOMPILER=g++ -DFLAGS="..." -DSOURCE=compile_fail/for_training_opted_out.cpp -DREADME=README.md
#         -P check_readme_error.cmake
separate_arguments(flag_list UNIX_COMMAND "${FLAGS}")
execute_process(COMMAND "${COMPILER}" ${flag_list} -DCONSENT_COMPILE_FAIL -fsyntax-only "${SOURCE}"
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX MATCH "error: ([^\n]*)" _ "${out}")
set(message "${CMAKE_MATCH_1}")
if(message STREQUAL "")
  message(FATAL_ERROR "${SOURCE} gave no error:\n${out}")
endif()
file(READ "${README}" readme)
string(FIND "${readme}" "error: ${message}\n" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the README does not quote the compiler's error:\nerror: ${message}")
endif()
message(STATUS "the README quotes: ${message}")
