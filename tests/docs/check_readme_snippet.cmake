# The README quotes SNIPPET verbatim in a ```LANGUAGE block, so the code a user copies is code the
# tests build. With -DREGION=ON only the lines between '# snippet: ...' and '# end snippet' count.
#   cmake -DSNIPPET=file -DREADME=README.md -DLANGUAGE=cpp [-DREGION=ON] -P check_readme_snippet.cmake
file(READ "${SNIPPET}" snippet)
if(REGION)
  string(REGEX MATCH "# snippet: [^\n]*\n(.*)# end snippet" _ "${snippet}")
  set(snippet "${CMAKE_MATCH_1}")
  if(snippet STREQUAL "")
    message(FATAL_ERROR "${SNIPPET} has no '# snippet:' ... '# end snippet' region")
  endif()
endif()
file(READ "${README}" readme)
# A block may carry `run` after its language: the documents' command test runs it.
string(FIND "${readme}" "```${LANGUAGE}\n${snippet}```" found)
if(found EQUAL -1)
  string(FIND "${readme}" "```${LANGUAGE} run\n${snippet}```" found)
endif()
if(found EQUAL -1)
  message(FATAL_ERROR "${README} does not quote this from ${SNIPPET} verbatim in a ```${LANGUAGE} block:\n${snippet}")
endif()
message(STATUS "README quotes ${SNIPPET}")
