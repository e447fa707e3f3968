# Install rules and package files: find_package(consent CONFIG) from an install or from this build
# tree, and pkg-config. Header-only, so everything goes under share/ (architecture-independent).
include(CMakePackageConfigHelpers)

# CONSENT_CMAKE_DIR and CONSENT_PKGCONFIG_DIR are set with the other options in CMakeLists.txt.

install(TARGETS consent EXPORT consentTargets)
install(DIRECTORY include/consent DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT consentTargets NAMESPACE consent:: DESTINATION ${CONSENT_CMAKE_DIR})

configure_package_config_file(cmake/consentConfig.cmake.in
  ${PROJECT_BINARY_DIR}/consentConfig.cmake
  INSTALL_DESTINATION ${CONSENT_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/consentConfigVersion.cmake
  COMPATIBILITY SameMajorVersion
  ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/consentConfig.cmake ${PROJECT_BINARY_DIR}/consentConfigVersion.cmake
  DESTINATION ${CONSENT_CMAKE_DIR})

configure_file(cmake/consent.pc.in ${PROJECT_BINARY_DIR}/consent.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/consent.pc DESTINATION ${CONSENT_PKGCONFIG_DIR})

# The build tree is a package too: find_package(consent) with consent_DIR set to this directory.
export(EXPORT consentTargets NAMESPACE consent:: FILE ${PROJECT_BINARY_DIR}/consentTargets.cmake)
