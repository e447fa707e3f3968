// expect: (could not convert|no viable conversion|cannot convert|no matching function)
// A proof belongs to its policy: a product policy that grants everything cannot mint proofs that a
// sink taking trainable<T> (the default policy's) accepts.
#include <consent/consent.hpp>

#include <string_view>
#include <utility>

struct message {
  int id;
};

struct lax {
  static constexpr std::string_view name = "lax";
  static constexpr consent::date effective{2024, 6, 12};
  static constexpr consent::decision decide(consent::tier t, consent::toggle g,
                                            consent::mode m) noexcept {
    return consent::is_state(t, g, m) ? consent::decision{true, consent::reason::opted_in}
                                      : consent::refused_invalid;
  }
};

int train(consent::trainable<message> example) { return example->id; }
int train_lax(consent::trainable<message, lax> example) { return example->id; }

int run() {
  auto granted = consent::try_for_training<lax>(
      message{1},
      consent::snapshot{consent::tier::free, consent::toggle::off, consent::mode::standard});
#ifdef CONSENT_COMPILE_FAIL
  return train(*std::move(granted));
#else
  return train_lax(*std::move(granted));
#endif
}
