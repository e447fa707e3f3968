// A program linked from differently configured units (see check.cmake): each unit must keep its own
// configuration, and the baseline path must run on a CPU without the extensions another unit was
// compiled for.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

std::string_view kernel_scalar();
std::string_view kernel_baseline();
std::size_t work_scalar(const std::uint8_t*, std::size_t, std::uint8_t*);
std::size_t work_baseline(const std::uint8_t*, std::size_t, std::uint8_t*);
#if defined(CONSENT_TEST_WITH_AVX2)
std::string_view kernel_avx2();
std::size_t work_avx2(const std::uint8_t*, std::size_t, std::uint8_t*);
#endif

int main() {
  int failures = 0;
  const auto expect = [&](bool ok, const char* what) {
    if (!ok) {
      std::printf("FAILED: %s\n", what);
      ++failures;
    }
  };
  expect(kernel_scalar() == "scalar", "the CONSENT_NO_SIMD unit uses the scalar kernel");
  expect(kernel_baseline() != "scalar", "the default unit uses its vector kernel");

  std::vector<std::uint8_t> codes(4096);
  for (std::size_t i = 0; i < codes.size(); ++i) codes[i] = static_cast<std::uint8_t>(i * 7);
  std::vector<std::uint8_t> a(codes.size()), b(codes.size());
  const std::size_t from_scalar = work_scalar(codes.data(), codes.size(), a.data());
  const std::size_t from_baseline = work_baseline(codes.data(), codes.size(), b.data());
  expect(from_scalar == from_baseline && a == b, "both units give the same answers");
#if defined(CONSENT_TEST_WITH_AVX2)
  // The AVX2 unit runs only where the CPU has AVX2, as a dispatcher would arrange.
  if (__builtin_cpu_supports("avx2")) {
    std::vector<std::uint8_t> c(codes.size());
    expect(kernel_avx2() != "scalar", "the AVX2 unit uses a vector kernel");
    expect(work_avx2(codes.data(), codes.size(), c.data()) == from_baseline && c == b,
           "the AVX2 unit gives the same answers");
  } else {
    std::printf("no AVX2 here: only the baseline units ran\n");
  }
#endif
  std::printf("%d failed\n", failures);
  return failures == 0 ? 0 : 1;
}
