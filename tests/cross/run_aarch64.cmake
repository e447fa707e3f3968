# Builds a program for AArch64 (statically, so qemu needs no target libraries), checks that the
# NEON kernel is in it, and runs it under qemu-user.
#   cmake -DCXX=... -DQEMU=... -DFLAGS="..." -DINCLUDE=... -DSOURCES="a.cpp|b.cpp" -DCORPUS=...
#         -DOUTPUT=... -P run_aarch64.cmake
string(REPLACE "|" ";" source_list "${SOURCES}")
separate_arguments(flag_list UNIX_COMMAND "${FLAGS}")
execute_process(
  COMMAND "${CXX}" -std=c++17 -O2 -static ${flag_list} -I${INCLUDE} ${source_list} -o "${OUTPUT}"
  RESULT_VARIABLE built OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "cross build failed:\n${log}")
endif()
execute_process(
  COMMAND "${CXX}" -std=c++17 -O2 -I${INCLUDE} -dM -E -x c++ "${INCLUDE}/consent/classify.hpp"
  OUTPUT_VARIABLE macros)
string(FIND "${macros}" "CONSENT_DETAIL_HAVE_NEON" has_neon)
if(has_neon EQUAL -1)
  message(FATAL_ERROR "the AArch64 build does not select the NEON kernel")
endif()
execute_process(COMMAND "${QEMU}" "${OUTPUT}" "${CORPUS}" RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE out)
message(STATUS "${out}")
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "the AArch64 run failed (${ran}):\n${out}")
endif()
