// Writes the cross-language test vectors (tests/vectors/) from the SDK:
//   bytes.csv: every byte value 0-255, what it decodes to and the decision;
//   text.csv: every state's text and a set of malformed texts, with the parse result.
// The files are the wire and text contract other languages implement; tests/vectors.cpp holds the
// SDK to the checked-in copies, so regenerate them only for a deliberate format change:
//   c++ -std=c++17 -I include tools/make_vectors.cpp -o make_vectors && ./make_vectors
//   tests/vectors
#include <consent/consent.hpp>

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

std::string decision_columns(const consent::decision& d) {
  return std::string(d.trainable ? "1" : "0") + ',' + std::string(consent::to_string(d.why));
}

void write_bytes(std::ostream& out) {
  out << "byte,decodes,text,trainable,reason\n";
  for (unsigned b = 0; b < 256; ++b) {
    const auto decoded = consent::decode(static_cast<std::uint8_t>(b));
    out << b << ',';
    if (decoded) {
      out << "ok," << consent::to_string(*decoded).view() << ','
          << decision_columns(consent::evaluate(*decoded));
    } else {
      out << consent::to_string(decoded.error().code) << ",,"
          << decision_columns(consent::refused_invalid);
    }
    out << '\n';
  }
}

void write_text_row(std::ostream& out, std::string_view text) {
  const auto parsed = consent::parse(text);
  out << escape(text) << ',';
  if (parsed) {
    out << "ok,," << static_cast<unsigned>(consent::encode(*parsed)) << ','
        << decision_columns(consent::evaluate(*parsed));
  } else {
    out << consent::to_string(parsed.error().code) << ',' << parsed.error().offset << ",,"
        << decision_columns(consent::refused_invalid);
  }
  out << '\n';
}

void write_text(std::ostream& out) {
  out << "text,parses,error_offset,byte,trainable,reason\n";
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
                                     "pro/on/standard"sv,
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
                                     "plus/on/temporaryy"sv}) {
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
