// Reading the side of a result that is not there, and calling with arguments that break a
// precondition, stops the program, in every build: this program is
// compiled with NDEBUG and run once per misuse by check.cmake, which expects it to die before it
// prints an answer. Built twice: with the default CONSENT_ASSERT, and with a hook that returns.
#include <cstdio>
#include <cstring>
#include <utility>

#if defined(CONSENT_TEST_RETURNING_HOOK)
// A hook that counts and reports the breach, then returns: consent must stop the program all the
// same, after calling the hook exactly once.
inline int consent_test_hook_calls = 0;
inline void consent_test_hook(const char* what) {
  std::fprintf(stderr, "hook call %d: %s\n", ++consent_test_hook_calls, what);
}
#define CONSENT_ASSERT(condition) \
  ((condition) ? static_cast<void>(0) : consent_test_hook(#condition))
#endif

#include <consent/consent.hpp>
#include <consent/history.hpp>

#include <vector>

namespace {

struct message {
  int id;
};

void answer(const consent::decision& d) {
  std::printf("answered: %s\n", d.trainable ? "trainable" : "not trainable");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace consent;
  if (argc != 2) return 2;
  const char* misuse = argv[1];
  if (std::strcmp(misuse, "none") == 0) {
    answer(evaluate(*decode(0x80)));  // a value: reading it is fine
    return 0;
  }
  if (std::strcmp(misuse, "deref-decode-error") == 0) answer(evaluate(*decode(0x00)));
  if (std::strcmp(misuse, "deref-parse-error") == 0) answer(evaluate(*parse("")));
  if (std::strcmp(misuse, "arrow-parse-error") == 0) {
    const auto parsed = parse("Plus/on/standard");
    answer(evaluate(parsed->account, parsed->improve_model, parsed->chat));
  }
  if (std::strcmp(misuse, "value-of-error") == 0) answer(evaluate(decode(384).value()));
  if (std::strcmp(misuse, "deref-refusal") == 0) {
    auto refused = try_for_training(message{1}, snapshot{tier::free, toggle::off, mode::standard});
    const trainable<message> forged = *std::move(refused);
    std::printf("answered: trained on message %d\n", forged->id);
  }
  if (std::strcmp(misuse, "error-of-value") == 0) {
    std::printf("answered: %d\n", static_cast<int>(decode(0x80).error().code));
  }
  const std::vector<setting_change> history{{{}, tier::plus, toggle::on}};
  const auto later = std::chrono::system_clock::time_point{} + std::chrono::seconds(1);
  if (std::strcmp(misuse, "state-at-bad-withdrawal") == 0) {
    answer(evaluate(state_at(history, later, mode::standard, static_cast<withdrawal>(9))));
  }
  const std::vector<int> users{1, 1};
  const std::vector<std::chrono::system_clock::time_point> times{later, later};
  const std::vector<user_setting_change<int>> log{{1, history[0]}};
  if (std::strcmp(misuse, "backfill-short-codes") == 0) {
    std::vector<std::uint8_t> codes(1);
    const backfill_report report = backfill(users, times, mode::standard, log, codes);
    std::printf("answered: %zu states\n", report.states);
  }
  if (std::strcmp(misuse, "backfill-bad-withdrawal") == 0) {
    std::vector<std::uint8_t> codes(2);
    const backfill_report report =
        backfill(users, times, mode::standard, log, codes, static_cast<withdrawal>(2));
    std::printf("answered: %zu states\n", report.states);
  }
  std::printf("no such misuse: %s\n", misuse);
  return 3;
}
