// Writes the cross-language test vectors of the current formats (tests/vectors/v2/) from the SDK:
//   bytes.csv: every byte value 0-255, what it decodes to and the decision under each built-in
//   policy;
//   text.csv: every combination's text and a set of malformed texts, with the parse result.
// The files are the wire and text contract other languages implement; tests/unit/vectors.cpp holds
// the SDK to the checked-in copies, so regenerate them only for a deliberate format change:
//   c++ -std=c++17 -I include tools/make_vectors.cpp -o make_vectors && ./make_vectors
//   tests/vectors/v2
// The files of 0.1's formats (tests/vectors/bytes.csv, text.csv) are never regenerated: they are
// what every layout-1 reader answers, and no row of them changes.
#include <consent/consent.hpp>
#include <consent/policy_2026_10_05.hpp>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

namespace {

using namespace std::string_view_literals;

// Bytes outside printable ASCII, and the CSV specials, as \xHH: the files stay plain ASCII.
std::string escape(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F || c == ',' || c == '"' || c == '\\') {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", byte);
      out += hex;
    } else {
      out += c;
    }
  }
  return out;
}

// The decision columns, one pair a built-in policy: what each answers for the input (a refusal
// as invalid_state for input that is no state).
constexpr std::string_view decision_header =
    "trainable 2024-06-12,reason 2024-06-12,trainable 2026-10-05,reason 2026-10-05";
std::string decision_columns(const consent::snapshot* s) {
  std::string out;
  const auto pair = [&](const consent::decision& d) {
    out += std::string(d.trainable ? "1" : "0") + ',' + std::string(consent::to_string(d.why));
  };
  pair(s != nullptr ? consent::evaluate<consent::policy_2024_06_12>(*s) : consent::refused_invalid);
  out += ',';
  pair(s != nullptr ? consent::evaluate<consent::policy_2026_10_05>(*s) : consent::refused_invalid);
  return out;
}

void write_bytes(std::ostream& out) {
  out << "byte,decodes,text," << decision_header << '\n';
  for (unsigned b = 0; b < 256; ++b) {
    const auto decoded = consent::decode(static_cast<std::uint8_t>(b));
    out << b << ',';
    if (decoded) {
      out << "ok," << consent::to_string(*decoded).view() << ',' << decision_columns(&*decoded);
    } else {
      out << consent::to_string(decoded.error().code) << ",," << decision_columns(nullptr);
    }
    out << '\n';
  }
}

void write_text_row(std::ostream& out, std::string_view text) {
  const auto parsed = consent::parse(text);
  out << escape(text) << ',';
  if (parsed) {
    out << "ok,," << static_cast<unsigned>(consent::encode(*parsed)) << ','
        << decision_columns(&*parsed);
  } else {
    out << consent::to_string(parsed.error().code) << ',' << parsed.error().offset << ",,"
        << decision_columns(nullptr);
  }
  out << '\n';
}

void write_text(std::ostream& out) {
  out << "text,parses,error_offset,byte," << decision_header << '\n';
  for (std::size_t i = 0; i < consent::detail::combination_count; ++i) {
    write_text_row(out, consent::to_string(consent::detail::combination(i)));
  }
  for (const std::string_view bad : {""sv,
                                     "plus"sv,
                                     "plus/"sv,
                                     "plus/on"sv,
                                     "plus/on/"sv,
                                     "plus/on/standard/"sv,
                                     "plus/on/standard/extra"sv,
                                     "plus/on/standard\n"sv,
                                     "plus/on/standard "sv,
                                     "plus/on/standard\r\n"sv,
                                     "plus/on/stand"sv,
                                     "Plus/on/standard"sv,
                                     "PLUS/ON/STANDARD"sv,
                                     "plus/ON/standard"sv,
                                     " plus/on/standard"sv,
                                     "plus /on/standard"sv,
                                     "/on/standard"sv,
                                     "/"sv,
                                     "plus//standard"sv,
                                     "plus\\on\\standard"sv,
                                     "plus,on,standard"sv,
                                     "max/on/standard"sv,
                                     "plus/yes/standard"sv,
                                     "plus/true/standard"sv,
                                     "plus/1/standard"sv,
                                     "1/1/0"sv,
                                     "unknown/on/standard"sv,
                                     "plus\0/on/standard"sv,
                                     "plus/on/standard\0"sv,
                                     "\0"sv,
                                     "pl\xC3\xBCs/on/standard"sv,
                                     "\xEF\xBB\xBFplus/on/standard"sv,
                                     "dalle/on/standard"sv,
                                     "plus/on/temporaryy"sv,
                                     "business/on/standard"sv,
                                     "Business/on/standard"sv,
                                     "business/unset/temporary/feedback"sv,
                                     "plus/on/standard/feedback/"sv,
                                     "plus/on/standard/feedbacks"sv,
                                     "plus/on/standard/Feedback"sv,
                                     "plus/on/standard/given"sv,
                                     "plus/on/standard/none"sv,
                                     "plus/on/standard/feedback\n"sv,
                                     "plus/on/standard/feedback\0"sv,
                                     "plus/on/feedback"sv,
                                     "plus/on/feedback/standard"sv,
                                     "api/on/temporary/feedback"sv,
                                     "pro/unset/standard"sv,
                                     "edu/on/standard/feedback"sv}) {
    write_text_row(out, bad);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_vectors DIRECTORY\n";
    return 2;
  }
  const std::string directory = argv[1];
  std::ofstream bytes(directory + "/bytes.csv", std::ios::binary);
  std::ofstream text(directory + "/text.csv", std::ios::binary);
  if (!bytes || !text) {
    std::cerr << "make_vectors: cannot write to " << directory << '\n';
    return 1;
  }
  write_bytes(bytes);
  write_text(text);
  bytes.close();
  text.close();
  if (!bytes || !text) {
    std::cerr << "make_vectors: could not write the vectors to " << directory << '\n';
    return 1;
  }
  return 0;
}
