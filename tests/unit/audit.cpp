#include <consent/audit.hpp>

#include <consent/all_states.hpp>

#include <regex>
#include <string>
#include <string_view>

#include "catch.hpp"
#include "no_business_training.hpp"
#include "oracle.hpp"

using namespace consent;

namespace {
struct message {
  int id;
};

// The grammar of docs/audit.md: a version tag, then seven key=value fields in this order, each
// value one token.
const std::regex line_grammar(
    "consent-audit/1 decision=(trainable|refused) reason=([a-z_]+) state=([a-z]+/[a-z]+/[a-z]+) "
    "policy=([!-~]+) clauses=([A-Z0-9,]+|-) reading=([A-Z0-9,]+|-) sdk=([0-9]+\\.[0-9]+\\.[0-9]+)");
}  // namespace

TEST_CASE("an audit line says what was decided, for what, under which policy and rule", "[audit]") {
  constexpr audit_text line = audit_line(snapshot{tier::api, toggle::on, mode::standard});
  CHECK(line.view() ==
        "consent-audit/1 decision=trainable reason=opted_in state=api/on/standard "
        "policy=2024-06-12 clauses=C3,C4 reading=R3 sdk=" CONSENT_VERSION_STRING);
  CHECK(std::string_view(line.c_str()) == line.view());
}

TEST_CASE("every state's audit line parses back to its decision", "[audit]") {
  for (const snapshot& s : all_states()) {
    for (const bool strict : {false, true}) {
      const audit_text line =
          strict ? audit_line<no_business_training>(s) : audit_line<default_policy>(s);
      const decision d = strict ? evaluate<no_business_training>(s) : evaluate(s);
      const std::string text(line.view());
      CAPTURE(text);
      std::smatch fields;
      REQUIRE(std::regex_match(text, fields, line_grammar));
      CHECK((fields[1] == "trainable") == d.trainable);
      CHECK(fields[2] == std::string(to_string(d.why)));
      CHECK(parse(fields[3].str()).value() == s);
      CHECK(fields[4] == (strict ? "no-business-training" : "2024-06-12"));
      if (strict) CHECK(fields[5] == "-");  // a policy with decide() only names no rule
    }
  }
}

TEST_CASE("proofs and refusals carry their policy, reason, clauses and state", "[audit]") {
  const auto granted =
      try_for_training(message{1}, snapshot{tier::plus, toggle::unset, mode::standard});
  REQUIRE(granted.has_value());
  CHECK(granted->clauses() == "C1, C4");
  CHECK(audit_line(*granted).view() ==
        "consent-audit/1 decision=trainable reason=consumer_default state=plus/unset/standard "
        "policy=2024-06-12 clauses=C1,C4 reading=R1 sdk=" CONSENT_VERSION_STRING);

  const auto refused =
      try_for_training(message{2}, snapshot{tier::plus, toggle::on, mode::temporary});
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().policy_name == "2024-06-12");
  CHECK(refused.error().clauses == "C2");
  CHECK(refused.error().reading == "R2");
  CHECK(audit_line(refused.error()).view() ==
        "consent-audit/1 decision=refused reason=temporary_chat state=plus/on/temporary "
        "policy=2024-06-12 clauses=C2 reading=R2 sdk=" CONSENT_VERSION_STRING);
}

TEST_CASE("the later policy's lines name its clauses; the default's say why it did not ask",
          "[audit]") {
  const snapshot go_rated{tier::go, toggle::unset, mode::standard, feedback::given};
  CHECK(audit_line<latest_policy>(go_rated).view() ==
        "consent-audit/1 decision=trainable reason=consumer_default "
        "state=go/unset/standard/feedback policy=2026-10-05 clauses=C5,C6 reading=R1,R12 "
        "sdk=" CONSENT_VERSION_STRING);
  CHECK(audit_line(go_rated).view() ==
        "consent-audit/1 decision=refused reason=not_in_policy state=go/unset/standard/feedback "
        "policy=2024-06-12 clauses=- reading=R9 sdk=" CONSENT_VERSION_STRING);
  const auto refused = try_for_training<latest_policy>(
      message{4}, snapshot{tier::pro, toggle::unset, mode::standard});
  REQUIRE_FALSE(refused.has_value());
  CHECK(refused.error().why == reason::not_in_policy);
  CHECK(refused.error().reading == "R11");
}

TEST_CASE("audit lines of non-states stay one token a field", "[audit][fail-closed]") {
  const std::string text(audit_line(snapshot{}).view());
  CHECK(text ==
        "consent-audit/1 decision=refused reason=invalid_state state=unknown/unknown/unknown "
        "policy=2024-06-12 clauses=- reading=R5 sdk=" CONSENT_VERSION_STRING);
  const auto refused =
      try_for_training(message{3}, snapshot{tier::api, toggle::on, mode::temporary});
  REQUIRE_FALSE(refused.has_value());
  CHECK(std::string(audit_line(refused.error()).view()).find("reading=R4,R5") != std::string::npos);
}
