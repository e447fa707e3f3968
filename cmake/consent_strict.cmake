# Warnings (as errors unless CONSENT_WERROR is off) for the project's own targets only; never on
# the consent INTERFACE target, so an embedding project's flags are its own.
set(CONSENT_STRICT_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
if(CONSENT_WERROR)
  list(APPEND CONSENT_STRICT_FLAGS -Werror)
endif()

function(consent_strict target)
  target_compile_options(${target} PRIVATE ${CONSENT_STRICT_FLAGS})
  set_target_properties(${target} PROPERTIES
    CXX_STANDARD ${CONSENT_CXX_STANDARD}
    CXX_STANDARD_REQUIRED ON
    CXX_EXTENSIONS OFF)
endfunction()
