# Differently configured translation units in one program never share a consent symbol:
# - unit.cpp as "scalar" (CONSENT_NO_SIMD, streaming threshold 0) and as "baseline" (defaults): the
#   configuration-dependent code (classify and its kernels) must have no external symbol at all;
# - unit.cpp as "avx2" (-mavx2): none of its external consent symbols may also be defined by the
#   baseline unit, so the linker cannot hand a baseline caller an AVX2 copy. The program, linked
#   with the AVX2 unit first, must then run under qemu-x86_64 on a CPU without AVX (Nehalem) when
#   qemu is there.
#   cmake -DCXX=... -DFLAGS="..." -DINCLUDE=... -DSOURCES=tests/mixing -DSCRATCH=dir [-DNM=nm]
#         [-DQEMU=qemu-x86_64] -P check.cmake
cmake_policy(VERSION 3.21)
separate_arguments(flag_list UNIX_COMMAND "${FLAGS}")
file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")

function(compile unit)
  execute_process(
    COMMAND "${CXX}" ${flag_list} -O2 -I${INCLUDE} -DUNIT=${unit} ${ARGN} -c
            "${SOURCES}/unit.cpp" -o "${SCRATCH}/${unit}.o"
    RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "unit ${unit} does not compile:\n${log}")
  endif()
endfunction()

# The defined external symbols of an object whose demangled names mention consent.
function(external_symbols unit out)
  execute_process(COMMAND "${NM}" -C --defined-only --extern-only "${SCRATCH}/${unit}.o"
                  OUTPUT_VARIABLE listing RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "nm failed on ${unit}.o")
  endif()
  string(REPLACE "\n" ";" lines "${listing}")
  set(names)
  foreach(line IN LISTS lines)
    if(line MATCHES "^[0-9a-f]+ [A-Za-z] (.*consent::.*)$")
      list(APPEND names "${CMAKE_MATCH_1}")
    endif()
  endforeach()
  set(${out} "${names}" PARENT_SCOPE)
endfunction()

compile(scalar -DCONSENT_NO_SIMD -DCONSENT_CLASSIFY_STREAMING_THRESHOLD=0)
compile(baseline)
set(objects "${SCRATCH}/scalar.o" "${SCRATCH}/baseline.o")
set(with_avx2 OFF)
cmake_host_system_information(RESULT arch QUERY OS_PLATFORM)
if(arch MATCHES "^(x86_64|AMD64)$")
  compile(avx2 -mavx2)
  set(with_avx2 ON)
  # First on the line, so that a shared symbol would resolve to the AVX2 copy.
  list(PREPEND objects "${SCRATCH}/avx2.o")
endif()

foreach(unit scalar baseline)
  external_symbols(${unit} names)
  foreach(name IN LISTS names)
    if(name MATCHES "classify|streaming_threshold")
      message(FATAL_ERROR "unit ${unit} exports a configuration-dependent symbol: ${name}")
    endif()
  endforeach()
endforeach()
if(with_avx2)
  external_symbols(baseline baseline_names)
  external_symbols(avx2 avx2_names)
  foreach(name IN LISTS avx2_names)
    if(name IN_LIST baseline_names)
      message(FATAL_ERROR "the AVX2 unit and the baseline unit both define ${name}")
    endif()
  endforeach()
  list(LENGTH avx2_names avx2_count)
  message(STATUS "the AVX2 unit's ${avx2_count} consent symbols are all its own")
endif()

set(main_flags)
if(with_avx2)
  set(main_flags -DCONSENT_TEST_WITH_AVX2)
endif()
execute_process(
  COMMAND "${CXX}" ${flag_list} -O2 ${main_flags} "${SOURCES}/main.cpp" ${objects} -o
          "${SCRATCH}/mixed"
  RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the mixed program does not link:\n${log}")
endif()
execute_process(COMMAND "${SCRATCH}/mixed" RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT ran EQUAL 0)
  message(FATAL_ERROR "the mixed program failed (${ran}):\n${out}")
endif()
if(with_avx2 AND QEMU AND FLAGS MATCHES "-fsanitize")
  message(STATUS "a sanitizer build: the qemu run is left to the other cells")
elseif(with_avx2 AND QEMU)
  execute_process(COMMAND "${QEMU}" -cpu Nehalem "${SCRATCH}/mixed" RESULT_VARIABLE ran
                  OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT ran EQUAL 0)
    message(FATAL_ERROR "on a CPU without AVX the program failed (${ran}):\n${out}")
  endif()
  message(STATUS "under qemu -cpu Nehalem: ${out}")
endif()
