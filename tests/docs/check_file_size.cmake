# Fails when FILE is larger than LIMIT bytes.
#   cmake -DFILE=README.md -DLIMIT=16384 -P check_file_size.cmake
file(SIZE "${FILE}" size)
if(size GREATER LIMIT)
  message(FATAL_ERROR "${FILE} is ${size} bytes; the limit is ${LIMIT}")
endif()
message(STATUS "${FILE}: ${size} of ${LIMIT} bytes")
