// consent: which policy governed content captured when. A product that has shipped several policy
// versions judges old content by the policy in force at its capture, and says which in the log.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

#include <consent/audit.hpp>
#include <consent/date.hpp>
#include <consent/decision.hpp>
#include <consent/detail/capture_time.hpp>
#include <consent/detail/checked_policy.hpp>
#include <consent/detail/comparison.hpp>
#include <consent/detail/names.hpp>
#include <consent/dimensions.hpp>
#include <consent/policy.hpp>
#include <consent/reason.hpp>
#include <consent/snapshot.hpp>
#include <consent/version.hpp>

CONSENT_BEGIN_NAMESPACE

// A decision and the name of the policy that made it (empty when no policy governed).
struct ruling {
  decision answer;
  std::string_view policy_name;

  CONSENT_DETAIL_EQUALITY(ruling, &ruling::answer, &ruling::policy_name)
};

namespace detail {

// Where a policy's first instant falls on a time point's own count, worked out at compile time for
// each Duration so that the run-time test is one comparison of counts: captured_at is on or after
// the boundary exactly when its count is at least `count`.
template <class Rep>
struct boundary {
  Rep count{};         // the first count on or after the boundary
  bool never = false;  // no count of this Duration reaches it
};

// Seconds from the epoch to a date's 00:00 UTC.
[[nodiscard]] constexpr std::int64_t epoch_seconds(const date& d) noexcept {
  return days_since_epoch(d) * 86400;
}

#if defined(__SIZEOF_INT128__)
__extension__ using wide_int = __int128;
#endif

template <class Duration>
[[nodiscard]] constexpr boundary<typename Duration::rep> boundary_of(const date& d) noexcept {
  using rep = typename Duration::rep;
  using period = typename Duration::period;
  static_assert(period::num > 0 && period::den > 0,
                "consent::policy_timeline: a duration's period must be positive");
  boundary<rep> b;
  if constexpr (std::is_floating_point_v<rep>) {
    b.count =
        static_cast<rep>(static_cast<long double>(epoch_seconds(d)) * period::den / period::num);
  } else {
    static_assert(std::is_integral_v<rep>,
                  "consent::policy_timeline: a capture time's duration must count in an integer "
                  "or floating-point type");
#if defined(__SIZEOF_INT128__)
    // The smallest count whose time is on or after the boundary: ceil(seconds * den / num), exact.
    const wide_int scaled = wide_int{epoch_seconds(d)} * period::den;
    wide_int first = scaled / period::num;
    if (first * period::num < scaled) ++first;
    if (first > wide_int{std::numeric_limits<rep>::max()}) {
      b.never = true;
    } else if (first <= wide_int{std::numeric_limits<rep>::min()}) {
      b.count = std::numeric_limits<rep>::min();  // every count is past it
    } else {
      b.count = static_cast<rep>(first);
    }
#else
    static_assert(always_false<rep>, "consent::policy_timeline needs a 128-bit integer type");
#endif
  }
  return b;
}

// A count as a key that orders as the count does: an integer's as unsigned (the sign bit flipped
// for a signed one), so that a timeline's comparison is a compare and an add with carry; a
// floating-point count as it is.
template <class Rep>
[[nodiscard]] constexpr auto ordered_key(Rep ticks) noexcept {
  if constexpr (std::is_integral_v<Rep>) {
    using key = std::make_unsigned_t<Rep>;
    constexpr key sign = std::is_signed_v<Rep> ? key{1} << (sizeof(key) * 8 - 1) : key{0};
    return static_cast<key>(static_cast<key>(ticks) ^ sign);
  } else {
    return ticks;
  }
}

}  // namespace detail

// policy_timeline<P1, P2, ...>: policies oldest first, their effective dates strictly increasing.
// evaluate(s, captured_at) judges content by the policy in force at its capture: the last whose
// effective date (00:00 UTC) is on or before captured_at. The first day a policy is effective, it
// governs. Before the first policy: refused, reason::no_policy. Any system_clock time point works,
// its extremes included (a floating-point NaN has no policy).
template <class... Policies>
struct policy_timeline {
  static_assert(sizeof...(Policies) > 0, "consent::policy_timeline: name at least one policy");

 private:
  static constexpr std::size_t count = sizeof...(Policies);
  static constexpr std::array<date, count> dates{{Policies::effective...}};

  static constexpr bool dates_increase() noexcept {
    for (std::size_t i = 1; i < count; ++i) {
      if (!(dates[i - 1] < dates[i])) return false;
    }
    return true;
  }
  static_assert(dates_increase(),
                "consent::policy_timeline: the policies' effective dates must strictly increase, "
                "oldest policy first");

  // Row 0 answers for "no policy yet"; row i + 1 holds policy i's decisions (checked_policy checks
  // each policy first), one for each in-range slot; refused, each row's answer for out-of-range
  // input. The policy's name comes from the row number alone: a state at any time is answered by
  // one load of its decision and one of the name.
  static constexpr std::size_t row = detail::slot_invalid;
  static constexpr std::array<decision, (count + 1) * row> make_answers() noexcept {
    std::array<decision, (count + 1) * row> made{};
    for (std::size_t i = 0; i < row; ++i) made[i] = decision{false, reason::no_policy};
    const std::array<const decision*, count> tables{
        {detail::checked_policy<Policies>::table.data()...}};
    for (std::size_t p = 0; p < count; ++p) {
      for (std::size_t i = 0; i < row; ++i) made[(p + 1) * row + i] = tables[p][i];
    }
    return made;
  }
  static constexpr std::array<decision, (count + 1)* row> answers = make_answers();
  static constexpr std::array<decision, count + 1> make_refused() noexcept {
    std::array<decision, count + 1> made{};
    made[0] = decision{false, reason::no_policy};
    for (std::size_t p = 1; p <= count; ++p) made[p] = refused_invalid;
    return made;
  }
  static constexpr std::array<decision, count + 1> refused = make_refused();
  // The names' sizes and characters apart: a string_view read whole was copied through the stack
  // (g++ 12), two words are not.
  static constexpr std::array<std::size_t, count + 1> name_sizes{{0, Policies::name.size()...}};
  static constexpr std::array<const char*, count + 1> name_chars{
      {nullptr, Policies::name.data()...}};

  template <class Duration>
  static constexpr std::array<detail::boundary<typename Duration::rep>, count> boundaries{
      {detail::boundary_of<Duration>(Policies::effective)...}};

  // 1 when policy I has started by a count of Duration: a comparison with a constant, no branch
  // (capture times are random, so a branch would often be mispredicted).
  template <class Duration, std::size_t I, class Key>
  [[nodiscard]] static constexpr std::size_t has_started(Key at) noexcept {
    constexpr detail::boundary<typename Duration::rep> b = boundaries<Duration>[I];
    if constexpr (b.never) {
      static_cast<void>(at);
      return 0;
    } else {
      return static_cast<std::size_t>(at >= detail::ordered_key(b.count));  // NaN never has
    }
  }
  template <class Duration, class Key, std::size_t... I>
  [[nodiscard]] static constexpr std::size_t count_started(Key at,
                                                           std::index_sequence<I...>) noexcept {
    return (has_started<Duration, I>(at) + ... + 0);
  }

  // How many policies have started by captured_at: 0 before the first, count after the last.
  template <class Duration>
  [[nodiscard]] static constexpr std::size_t started(
      detail::capture_time<Duration> captured_at) noexcept {
    return count_started<Duration>(detail::ordered_key(captured_at.time_since_epoch().count()),
                                   std::make_index_sequence<count>{});
  }

 public:
  // The index of the policy in force at captured_at, or the number of policies (none) before the
  // first.
  template <class Duration>
  [[nodiscard]] static constexpr std::size_t governing(
      detail::capture_time<Duration> captured_at) noexcept {
    const std::size_t n = started(captured_at);
    return n == 0 ? count : n - 1;
  }

  // The audit line for content captured at captured_at: the governing policy's decision, name and
  // rule (docs/audit.md); before the first policy, reason no_policy and policy "-".
  template <class Duration>
  [[nodiscard]] static constexpr audit_text audit_line(
      const snapshot& s, detail::capture_time<Duration> captured_at) noexcept {
    const std::size_t index = governing(captured_at);
    const ruling r = evaluate(s, captured_at);
    constexpr std::array<detail::basis (*)(const snapshot&) noexcept, count> bases{
        {&detail::basis_of<Policies>...}};
    const detail::basis b = index == count ? detail::basis{} : bases[index](s);
    return consent::audit_line(s, r.answer, r.policy_name, b.clauses, b.reading);
  }

  template <class Duration>
  [[nodiscard]] static constexpr ruling evaluate(
      const snapshot& s, detail::capture_time<Duration> captured_at) noexcept {
    const std::size_t n = started(captured_at);
    const std::uint32_t word = detail::field_word(s.account, s.improve_model, s.chat, s.rated);
    const decision answer =
        detail::in_range(word) ? answers[n * row + detail::slot_bits(word)] : refused[n];
    return ruling{answer, std::string_view(name_chars[n], name_sizes[n])};
  }
};

// The built-in policies in the order they were published: content captured before 2026-10-05 is
// judged by 2024-06-12, from then on by 2026-10-05 (before 2024-06-12: no_policy).
using published_policies = policy_timeline<policy_2024_06_12, policy_2026_10_05>;

CONSENT_END_NAMESPACE
