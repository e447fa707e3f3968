// A training export that cannot be handed content it may not train on.
//
// Messages are captured with the consent state they were submitted under (here: rows as a database
// would return them, enums stored as small integers). The export's only entry point takes
// trainable<T>, so every message must pass a gate first; the summary says what was kept and why
// the rest was not.
#include <consent/consent.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace {

struct chat_message {
  std::uint64_t id;
  std::string text;
};

// A row of the messages table: the consent state is recorded at capture, as three small integers.
struct message_row {
  std::uint64_t id;
  std::string text;
  std::uint8_t account;
  std::uint8_t improve_model;
  std::uint8_t chat;
};

// The training sink. Taking trainable<chat_message> is the whole enforcement: nothing else
// converts.
class training_export {
 public:
  void add(consent::trainable<chat_message> example) {
    log_.push_back({example->id, example.consent_state(), example.why()});
    examples_.push_back(std::move(example).value());
  }
  [[nodiscard]] std::size_t size() const { return examples_.size(); }

  // What an auditor asks for: each exported id with the state and reason it was granted under.
  struct audit_entry {
    std::uint64_t id;
    consent::snapshot consent_state;
    consent::reason why;
  };
  [[nodiscard]] const std::vector<audit_entry>& audit_log() const { return log_; }

 private:
  std::vector<chat_message> examples_;
  std::vector<audit_entry> log_;
};

}  // namespace

int main() {
  using namespace consent;

  const std::vector<message_row> rows{
      {1, "how do I sort a list?", 0, 0, 0},    // free, unset, standard: trainable by default
      {2, "draft my cover letter", 1, 2, 0},    // plus, off: opted out
      {3, "quarterly numbers", 2, 0, 0},        // team, never opted in
      {4, "summarise this contract", 3, 1, 0},  // enterprise that opted in
      {5, "private question", 1, 1, 1},         // plus, on, but a Temporary Chat
      {6, "api request body", 4, 0, 0},         // api default
      {7, "api with opt-in", 4, 1, 0},          // api organisation that opted in
      {8, "corrupted row", 9, 1, 0},            // tier 9 does not exist: closed
  };

  training_export out;
  std::array<std::size_t, reason_count> refused_by_reason{};

  // Run time: the state comes from data, so the gate is try_for_training.
  for (const message_row& row : rows) {
    const snapshot consent_state{static_cast<tier>(row.account),
                                 static_cast<toggle>(row.improve_model),
                                 static_cast<mode>(row.chat)};
    auto granted = try_for_training(chat_message{row.id, row.text}, consent_state);
    if (granted) {
      out.add(*std::move(granted));
    } else {
      ++refused_by_reason[static_cast<std::size_t>(granted.error().why)];
    }
  }

  // Compile time: content whose state is fixed in code (a curated example written by a Plus user
  // who opted in) goes through for_training; with a refusing state this line would not compile.
  auto curated = tag<state<tier::plus, toggle::on, mode::standard>>(chat_message{100, "curated"});
  out.add(for_training(std::move(curated)));

  std::cout << "kept " << out.size() << " of " << rows.size() + 1 << " messages\n";
  for (const auto& entry : out.audit_log()) {
    std::cout << "  #" << entry.id << " " << to_string(entry.consent_state).view() << ": "
              << to_string(entry.why) << '\n';
  }
  std::cout << "refused:\n";
  std::size_t refused = 0;
  for (std::size_t r = 0; r < reason_count; ++r) {
    if (refused_by_reason[r] == 0) continue;
    refused += refused_by_reason[r];
    std::cout << "  " << to_string(static_cast<reason>(r)) << ": " << refused_by_reason[r] << '\n';
  }
  // Every message is accounted for exactly once.
  if (!std::cout.flush()) {
    std::cerr << "training_pipeline: could not write the report\n";
    return 1;
  }
  return out.size() + refused == rows.size() + 1 ? 0 : 1;
}
