#include <consent/timeline.hpp>

#include <consent/policy.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <ratio>

#include "catch.hpp"
#include "no_business_training.hpp"
#include "oracle.hpp"

using namespace consent;
using std::chrono::system_clock;

namespace {

// A third policy, from 2026-03-01 on: trains only on explicit opt-ins.
struct opt_in_from_2026 : oracle::opt_in_only {
  static constexpr std::string_view name = "opt-in-from-2026";
  static constexpr date effective{2026, 3, 1};
};

using three = policy_timeline<policy_2024_06_12, no_business_training, opt_in_from_2026>;

// Each policy's first instant, in seconds from the epoch (independent of the SDK's calendar).
constexpr std::int64_t first_2024 = 1718150400;
constexpr std::int64_t first_2025 = 1735689600;
constexpr std::int64_t first_2026 = 1772323200;

template <class Duration>
std::chrono::time_point<system_clock, Duration> at(typename Duration::rep count) {
  return std::chrono::time_point<system_clock, Duration>(Duration(count));
}

using seconds = std::chrono::duration<std::int64_t>;

// What the three-policy timeline must answer at a time given in seconds: the restatement of the
// policy in force, or no_policy.
ruling expected(const snapshot& s, std::int64_t seconds_since_epoch) {
  const tier t = s.account;
  const toggle g = s.improve_model;
  const mode m = s.chat;
  if (seconds_since_epoch < first_2024) return {{false, reason::no_policy}, {}};
  if (seconds_since_epoch < first_2025) return {oracle::expected(t, g, m), "2024-06-12"};
  if (seconds_since_epoch < first_2026) {
    return {oracle::expected_no_business_training(t, g, m), "no-business-training"};
  }
  return {oracle::expected_opt_in_only(t, g, m), "opt-in-from-2026"};
}

}  // namespace

TEST_CASE("a timeline judges content by the policy in force at capture", "[timeline]") {
  for (const std::int64_t boundary : {first_2024, first_2025, first_2026}) {
    // The last second before a policy, its first instant (the first day governs), and after.
    for (const std::int64_t when : {boundary - 86400, boundary - 1, boundary, boundary + 1,
                                    boundary + 86399, boundary + 86400}) {
      oracle::for_each_combination([&](tier t, toggle g, mode m) {
        const snapshot s{t, g, m};
        CAPTURE(when, to_string(s).view());
        CHECK(three::evaluate(s, at<seconds>(when)) == expected(s, when));
      });
    }
  }
}

TEST_CASE("a timeline reads capture times of any duration", "[timeline]") {
  const snapshot team_on{tier::team, toggle::on, mode::standard};
  using std::chrono::milliseconds;
  using std::chrono::nanoseconds;
  using hours = std::chrono::duration<int, std::ratio<3600>>;
  using days = std::chrono::duration<std::int64_t, std::ratio<86400>>;
  using millis32 = std::chrono::duration<std::int32_t, std::milli>;
  using thirds = std::chrono::duration<std::int64_t, std::ratio<1, 3>>;
  using unsigned_seconds = std::chrono::duration<std::uint64_t>;
  // One nanosecond before and at 2025-01-01: the last instant of the old policy, then the new.
  CHECK(three::evaluate(team_on, at<nanoseconds>(first_2025 * 1000000000 - 1)).policy_name ==
        "2024-06-12");
  CHECK(three::evaluate(team_on, at<nanoseconds>(first_2025 * 1000000000)).policy_name ==
        "no-business-training");
  CHECK(three::evaluate(team_on, at<milliseconds>(first_2025 * 1000 - 1)).answer.trainable);
  CHECK_FALSE(three::evaluate(team_on, at<milliseconds>(first_2025 * 1000)).answer.trainable);
  CHECK(three::evaluate(team_on, at<hours>(static_cast<int>(first_2025 / 3600) - 1)).policy_name ==
        "2024-06-12");
  CHECK(three::evaluate(team_on, at<hours>(static_cast<int>(first_2025 / 3600))).policy_name ==
        "no-business-training");
  CHECK(three::evaluate(team_on, at<days>(first_2026 / 86400)).policy_name == "opt-in-from-2026");
  CHECK(three::evaluate(team_on, at<days>(first_2026 / 86400 - 1)).policy_name ==
        "no-business-training");
  CHECK(three::evaluate(team_on, at<thirds>(first_2025 * 3 - 1)).policy_name == "2024-06-12");
  CHECK(three::evaluate(team_on, at<thirds>(first_2025 * 3)).policy_name == "no-business-training");
  CHECK(three::evaluate(team_on, at<unsigned_seconds>(first_2026)).policy_name ==
        "opt-in-from-2026");
  CHECK(three::evaluate(team_on, at<unsigned_seconds>(0)).answer.why == reason::no_policy);
  // 32-bit milliseconds cover only about 25 days around 1970: every such time is before 2024.
  CHECK(
      three::evaluate(team_on, at<millis32>(std::numeric_limits<std::int32_t>::max())).answer.why ==
      reason::no_policy);
}

TEST_CASE("extreme capture times give defined, closed answers", "[timeline][fail-closed]") {
  const snapshot plus_default{tier::plus, toggle::unset, mode::standard};
  using std::chrono::nanoseconds;
  using picoseconds = std::chrono::duration<std::int64_t, std::pico>;
  using float_seconds = std::chrono::duration<double>;
  using millennia = std::chrono::duration<std::int64_t, std::ratio<31556952000>>;
  const ruling none{{false, reason::no_policy}, {}};
  CHECK(three::evaluate(plus_default, system_clock::time_point::min()) == none);
  CHECK(three::evaluate(plus_default, system_clock::time_point::max()).policy_name ==
        "opt-in-from-2026");
  CHECK(three::evaluate(plus_default, at<nanoseconds>(std::numeric_limits<std::int64_t>::min())) ==
        none);
  // Picoseconds reach only about 106 days from 1970 in 64 bits: never any policy.
  CHECK(three::evaluate(plus_default, at<picoseconds>(std::numeric_limits<std::int64_t>::max())) ==
        none);
  CHECK(three::evaluate(plus_default, at<millennia>(std::numeric_limits<std::int64_t>::max()))
            .policy_name == "opt-in-from-2026");
  CHECK(three::evaluate(plus_default, at<millennia>(std::numeric_limits<std::int64_t>::min())) ==
        none);
  CHECK(three::evaluate(plus_default,
                        at<float_seconds>(std::numeric_limits<double>::quiet_NaN())) == none);
  CHECK(three::evaluate(plus_default,
                        at<float_seconds>(-std::numeric_limits<double>::infinity())) == none);
  CHECK(three::evaluate(plus_default, at<float_seconds>(std::numeric_limits<double>::infinity()))
            .policy_name == "opt-in-from-2026");
  CHECK(three::evaluate(plus_default, at<float_seconds>(static_cast<double>(first_2025) - 0.5))
            .policy_name == "2024-06-12");
  CHECK(three::evaluate(plus_default, at<float_seconds>(static_cast<double>(first_2025)))
            .policy_name == "no-business-training");
}

TEST_CASE("a timeline refuses non-states under every policy", "[timeline][fail-closed]") {
  for (const std::int64_t when : {first_2024, first_2025, first_2026}) {
    CHECK(three::evaluate(snapshot{}, at<seconds>(when)).answer == refused_invalid);
    CHECK(three::evaluate(snapshot{tier::api, toggle::on, mode::temporary}, at<seconds>(when))
              .answer == refused_invalid);
  }
}

TEST_CASE("a timeline of one policy starts on its effective date", "[timeline]") {
  using one = policy_timeline<policy_2024_06_12>;
  const snapshot s{tier::free, toggle::unset, mode::standard};
  CHECK(one::evaluate(s, at<seconds>(first_2024 - 1)).answer.why == reason::no_policy);
  CHECK(one::evaluate(s, at<seconds>(first_2024)) ==
        ruling{{true, reason::consumer_default}, "2024-06-12"});
  CHECK(one::governing(at<seconds>(first_2024)) == 0);
  CHECK(one::governing(at<seconds>(first_2024 - 1)) == 1);  // none: the count of policies
}

TEST_CASE("the built-in timeline: 2024-06-12, then 2026-10-05", "[timeline]") {
  constexpr std::int64_t first_2026_10_05 = 1791158400;  // 2026-10-05T00:00:00Z
  const snapshot go{tier::go, toggle::unset, mode::standard};
  const snapshot rated{tier::plus, toggle::on, mode::standard, feedback::given};
  CHECK(published_policies::evaluate(go, at<seconds>(first_2024 - 1)).answer.why ==
        reason::no_policy);
  CHECK(published_policies::evaluate(go, at<seconds>(first_2026_10_05 - 1)) ==
        ruling{{false, reason::not_in_policy}, "2024-06-12"});
  CHECK(published_policies::evaluate(go, at<seconds>(first_2026_10_05)) ==
        ruling{{true, reason::consumer_default}, "2026-10-05"});
  CHECK(published_policies::evaluate(rated, at<seconds>(first_2026_10_05 - 1)).answer.why ==
        reason::not_in_policy);
  CHECK(published_policies::evaluate(rated, at<seconds>(first_2026_10_05)) ==
        ruling{{true, reason::opted_in}, "2026-10-05"});
}

TEST_CASE("a timeline's audit line names the policy in force at capture", "[timeline][audit]") {
  const snapshot team_on{tier::team, toggle::on, mode::standard};
  CHECK(three::audit_line(team_on, at<seconds>(first_2025 - 1)).view() ==
        "consent-audit/1 decision=trainable reason=opted_in state=team/on/standard "
        "policy=2024-06-12 clauses=C3 reading=R3 sdk=" CONSENT_VERSION_STRING);
  // no-business-training has decide() only: it names no rule.
  CHECK(three::audit_line(team_on, at<seconds>(first_2025)).view() ==
        "consent-audit/1 decision=refused reason=business_default state=team/on/standard "
        "policy=no-business-training clauses=- reading=- sdk=" CONSENT_VERSION_STRING);
  CHECK(three::audit_line(team_on, at<seconds>(first_2024 - 1)).view() ==
        "consent-audit/1 decision=refused reason=no_policy state=team/on/standard policy=- "
        "clauses=- reading=- sdk=" CONSENT_VERSION_STRING);
}
