// consent: the SDK's values in nlohmann::json (3.11 or later), by name both ways, through its ADL
// hooks. Opt-in: it includes <nlohmann/json.hpp>.
//   enum      "plus", "opted_out"                    (never the integer nlohmann writes by default)
//   snapshot  "plus/off/standard"                    (the text form, text.hpp)
//   decision  {"trainable": false, "reason": "opted_out"}
// Reading fails closed: a name, text or object that is not exactly one the SDK writes throws
// nlohmann's other_error (id 501) saying what was wrong; with exceptions off nlohmann aborts. No
// value is ever guessed, so a bad field never turns into a state that could be trainable.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include <consent/consent.hpp>

CONSENT_BEGIN_NAMESPACE

namespace detail {
template <class BasicJson>
[[noreturn]] void json_refuse(const BasicJson& j, std::string_view what) {
  // nlohmann's own rule: throw unless exceptions are off or JSON_NOEXCEPTION is set, then abort.
#if (defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(_CPPUNWIND)) && \
    !defined(JSON_NOEXCEPTION)
  throw BasicJson::other_error::create(501, "consent: " + std::string(what), &j);
#else
  static_cast<void>(j);
  static_cast<void>(what);
  std::abort();
#endif
}

template <class BasicJson>
std::string_view json_text(const BasicJson& j, std::string_view what) {
  if (!j.is_string()) json_refuse(j, std::string(what) + " must be a string, not " + j.type_name());
  return j.template get_ref<const typename BasicJson::string_t&>();
}
}  // namespace detail

namespace detail {
template <class BasicJson, class Enum>
void enum_from_json(const BasicJson& j, Enum& value) {
  const auto name = json_text(j, "a name");
  const auto parsed = parse<Enum>(name);
  if (!parsed) json_refuse(j, "not a name of this enum: \"" + std::string(name) + '"');
  value = *parsed;
}
}  // namespace detail

// Every enum by its name; a value outside the enum is written "unknown", which no reader accepts.
// One overload per enum (CONSENT_DETAIL_FOR_EACH_ENUM): nlohmann's own enum hooks (integers) are
// templates over any enum, so only a hook for the exact type is chosen over them.
#define CONSENT_DETAIL_JSON_ENUM(Enum)              \
  template <class BasicJson>                        \
  void to_json(BasicJson& j, Enum value) {          \
    j = to_string(value);                           \
  }                                                 \
  template <class BasicJson>                        \
  void from_json(const BasicJson& j, Enum& value) { \
    detail::enum_from_json(j, value);               \
  }
CONSENT_DETAIL_FOR_EACH_ENUM(CONSENT_DETAIL_JSON_ENUM)
#undef CONSENT_DETAIL_JSON_ENUM

template <class BasicJson>
void to_json(BasicJson& j, const snapshot& s) {
  j = to_string(s).view();
}
template <class BasicJson>
void from_json(const BasicJson& j, snapshot& s) {
  const auto text = detail::json_text(j, "a state");
  const auto parsed = parse(text);
  if (!parsed) {
    const auto& e = parsed.error();
    detail::json_refuse(j, "not a state: \"" + std::string(text) + "\" (" +
                               std::string(to_string(e.code)) + " at byte " +
                               std::to_string(e.offset) + ')');
  }
  s = *parsed;
}

template <class BasicJson>
void to_json(BasicJson& j, const decision& d) {
  j = BasicJson::object();
  j["trainable"] = d.trainable;
  j["reason"] = to_string(d.why);
}
// Both fields, nothing else, and they must agree: {"trainable": true, "reason": "opted_out"} is
// refused rather than read as either answer.
template <class BasicJson>
void from_json(const BasicJson& j, decision& d) {
  if (!j.is_object() || j.size() != 2 || !j.contains("trainable") || !j.contains("reason")) {
    detail::json_refuse(j, "a decision is {\"trainable\": bool, \"reason\": name}");
  }
  const auto& trainable = j.at("trainable");
  if (!trainable.is_boolean()) detail::json_refuse(j, "\"trainable\" must be true or false");
  reason why{};
  from_json(j.at("reason"), why);
  const bool granted = trainable.template get<bool>();
  if (granted != grants(why)) {
    detail::json_refuse(j, std::string("\"") + std::string(to_string(why)) +
                               (granted ? "\" does not grant training" : "\" grants training"));
  }
  d = decision{granted, why};
}

CONSENT_END_NAMESPACE
