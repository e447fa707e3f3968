# The README quotes SNIPPET (an example file) verbatim, so the code a new user copies is code that
# compiles and runs in the tests.
#   cmake -DSNIPPET=examples/quickstart.cpp -DREADME=README.md -P check_readme_snippet.cmake
file(READ "${SNIPPET}" snippet)
file(READ "${README}" readme)
string(FIND "${readme}" "```cpp\n${snippet}```" found)
if(found EQUAL -1)
  message(FATAL_ERROR "${README} does not quote ${SNIPPET} verbatim in a ```cpp block; "
                      "copy the file's text into the README")
endif()
message(STATUS "README quotes ${SNIPPET}")
