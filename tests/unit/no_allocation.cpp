// The hot path allocates nothing: every call a product makes per message or per record is run here
// while the global allocator counts.
#include <consent/consent.hpp>
#include <consent/history.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>

#include "catch.hpp"

namespace {
std::atomic<std::size_t> allocations{0};
}  // namespace

namespace {
void* counted_allocation(std::size_t size) {
  ++allocations;
  return std::malloc(size == 0 ? 1 : size);
}
}  // namespace

// Counting replacements of the global allocation functions, for this test program only; every form
// is replaced, so that each allocation and its release go through the same pair (sanitizers check).
void* operator new(std::size_t size) {
  if (void* p = counted_allocation(size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
  if (void* p = counted_allocation(size)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  return counted_allocation(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  return counted_allocation(size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

using namespace consent;

namespace {
struct message {
  std::uint64_t id;
};
}  // namespace

TEST_CASE("no call on the hot path allocates", "[allocation]") {
  std::uint8_t codes[64];
  std::uint8_t out[64];
  for (std::size_t i = 0; i < sizeof codes; ++i) codes[i] = static_cast<std::uint8_t>(0x80 + i);
  std::size_t sink = 0;

  const std::size_t before = allocations.load();
  for (const snapshot& s : all_states()) {
    sink += evaluate(s).trainable ? 1U : 0U;
    const state_text text = to_string(s);
    const auto parsed = parse(text);
    sink += parsed ? static_cast<std::size_t>(parsed->account) : 0U;
    const auto decoded = decode(encode(s));
    sink += decoded ? static_cast<std::size_t>(decoded->chat) : 0U;
    sink += visit(s, [](auto st) { return decltype(st)::is_trainable() ? 1U : 0U; });
    const auto granted = try_for_training(message{7}, s);
    sink += granted ? static_cast<std::size_t>((*granted)->id) : 0U;
  }
  sink += parse("api/on/temporary").has_value() ? 1U : 0U;
  sink += parse(std::string_view("plus/on/standard\0", 17)).has_value() ? 1U : 0U;
  sink += classify(codes, sizeof codes, out);
  sink += classify(codes, sizeof codes, codes);

  // Settings over time: one history, and a table backfilled from a log, as arrays.
  using time = std::chrono::system_clock::time_point;
  const time t0{};
  const std::array<setting_change, 2> history{
      {{t0, tier::free, toggle::unset}, {t0 + std::chrono::hours(1), tier::free, toggle::off}}};
  sink += is_trainable(state_at(history, t0 + std::chrono::minutes(1), mode::standard)) ? 1U : 0U;
  sink += check_history(history) ? 0U : 1U;
  const std::array<user_setting_change<int>, 2> log{{{1, history[0]}, {1, history[1]}}};
  std::array<int, 64> users{};
  std::array<time, 64> times{};
  std::array<mode, 64> modes{};
  for (std::size_t i = 0; i < users.size(); ++i) {
    users[i] = 1;
    times[i] = t0 + std::chrono::minutes(static_cast<int>(i) * 2);
    modes[i] = i % 5 == 0 ? mode::temporary : mode::standard;
  }
  sink += backfill(users, times, modes, log, out).states;
  const std::array<user_rows<int>, 1> runs{{{1, 64}}};
  sink += backfill(runs, times, mode::standard, log, out, withdrawal::applies_to_past).states;
  const std::size_t after = allocations.load();

  CHECK(after == before);
  CHECK(sink > 0);
}

TEST_CASE("the allocation counter counts", "[allocation]") {
  const std::size_t before = allocations.load();
  // The check above would prove nothing if the counter never moved. volatile: the allocation is
  // observed, so no optimiser may remove it.
  int* volatile kept = new int(1);
  delete kept;
  CHECK(allocations.load() == before + 1);
}
