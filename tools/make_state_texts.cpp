// Writes include/consent/detail/state_texts.hpp: every combination's text and parse()'s table of
// accepted texts, composed from the names and the spelling in detail/state_spelling.hpp. The header
// holds them as literals because composing them at compile time would cost every unit that includes
// the SDK more than <string>; a test holds the checked-in file to what this program writes, and
// tests/unit/text.cpp holds every entry to the names. Regenerate after changing a name or a
// dimension:
//   cmake --build build --target make_state_texts &&
//   build/tests/make_state_texts include/consent/detail/state_texts.hpp
// It includes only the spelling, never the tables it writes, so it builds whatever they hold.
#include <consent/detail/state_spelling.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

namespace detail = consent::detail;

// A C++ string literal of text (names are lowercase letters and '/', nothing to escape).
std::string literal(std::string_view text) { return '"' + std::string(text) + '"'; }

// The open-addressed table find_accepted() probes: each accepted text in the first free slot from
// its own, in combination order, the "business" spelling after the state's own.
std::array<std::uint8_t, detail::accepted_slots> accepted_table() {
  std::array<std::uint8_t, detail::accepted_slots> slots{};
  const auto add = [&](std::string_view text, std::size_t index, bool alias) {
    std::size_t at = detail::accepted_slot(text);
    while (slots[at] != 0) at = detail::next_accepted_slot(at);
    slots[at] = static_cast<std::uint8_t>((index + 1) | (alias ? detail::alias_bit : 0U));
  };
  for (std::size_t i = 0; i < detail::combination_count; ++i) {
    const consent::snapshot s = detail::combination(i);
    if (!consent::is_state(s)) continue;
    consent::fixed_text<detail::longest_state_text> text;
    detail::compose_state_text(text, s);
    add(text.view(), i, false);
    if (s.account == consent::tier::team) {
      const std::string alias =
          std::string(detail::business_name) +
          std::string(text.view().substr(to_string(consent::tier::team).size()));
      add(alias, i, true);
    }
  }
  return slots;
}

void write(std::ostream& out) {
  out << "// consent: every combination's text, in combination order, and parse()'s table of "
         "accepted\n"
         "// texts (detail/state_spelling.hpp). Written by tools/make_state_texts.cpp; do not "
         "edit.\n"
         "#pragma once\n\n"
         "#include <cstdint>\n\n"
         "#include <consent/version.hpp>\n\n"
         "CONSENT_BEGIN_NAMESPACE\n"
         "namespace detail {\n"
         "// clang-format off\n";
  out << "inline constexpr char combination_text_chars[" << detail::combination_count << "]["
      << detail::longest_state_text + 1 << "] = {\n";
  std::string sizes;
  for (std::size_t i = 0; i < detail::combination_count; ++i) {
    consent::fixed_text<detail::longest_state_text> text;
    detail::compose_state_text(text, detail::combination(i));
    out << "    " << literal(text.view()) << ",\n";
    sizes += (i % 16 == 0 ? "\n    " : " ") + std::to_string(text.size()) + ",";
  }
  out << "};\n";
  out << "inline constexpr std::uint8_t combination_text_sizes[" << detail::combination_count
      << "] = {" << sizes << "\n};\n";
  out << "inline constexpr std::uint8_t accepted_text_slots[" << detail::accepted_slots << "] = {";
  const auto slots = accepted_table();
  for (std::size_t i = 0; i < slots.size(); ++i) {
    out << (i % 16 == 0 ? "\n    " : " ") << unsigned{slots[i]} << ",";
  }
  out << "\n};\n"
         "// clang-format on\n"
         "}  // namespace detail\n"
         "CONSENT_END_NAMESPACE\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_state_texts FILE\n";
    return 2;
  }
  std::ofstream out(argv[1], std::ios::binary);
  if (out) write(out);
  out.close();
  if (!out) {
    std::cerr << "make_state_texts: could not write " << argv[1] << '\n';
    return 1;
  }
  return 0;
}
