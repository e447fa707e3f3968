// consent._core: the C++ headers for Python. Plain values in and out (integers for enumerators,
// tuples for states); the package (consent/__init__.py) gives them their Python types. Every answer
// is the C++ code's: nothing here decides anything itself.
#include <consent/consent.hpp>
#include <consent/history.hpp>
#include <consent/timeline.hpp>

#include <Python.h>
#include <nanobind/nanobind.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/pair.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/string_view.h>
#include <nanobind/stl/tuple.h>
#include <nanobind/stl/vector.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace nb = nanobind;

namespace {

using state_tuple = std::tuple<int, int, int, int>;
using decision_tuple = std::pair<bool, int>;
using micros = std::chrono::microseconds;
using instant = std::chrono::time_point<std::chrono::system_clock, micros>;

// The built-in policies, by their place in this list (the package names them).
using builtin = consent::type_list<consent::policy_2024_06_12, consent::policy_2026_10_05>;
template <class... Policy>
constexpr std::size_t count_of(consent::type_list<Policy...>) {
  return sizeof...(Policy);
}
constexpr std::size_t builtin_count = count_of(builtin{});

// Calls f(Policy{}) for the policy at `index` of the list; an index past it names none.
template <class F, class First, class... Rest>
auto with_policy_in(std::size_t index, F&& f, consent::type_list<First, Rest...>) {
  if (index == 0) return f(First{});
  if constexpr (sizeof...(Rest) > 0) {
    return with_policy_in(index - 1, std::forward<F>(f), consent::type_list<Rest...>{});
  } else {
    throw nb::value_error("consent: no such policy");
  }
}
template <class F>
auto with_policy(std::size_t index, F&& f) {
  return with_policy_in(index, std::forward<F>(f), builtin{});
}

template <class... Policy>
std::vector<std::string> names_of(consent::type_list<Policy...>) {
  return {std::string(Policy::name)...};
}

// A field given as an int: any value at all, as a database column might hold; the C++ snapshot
// refuses what is out of range, so a value is only ever narrowed into a byte that no enum has.
template <class Enum>
Enum field(int value) {
  return static_cast<Enum>(value >= 0 && value <= 255 ? value : 255);
}
consent::snapshot snapshot_of(const state_tuple& s) {
  return {field<consent::tier>(std::get<0>(s)), field<consent::toggle>(std::get<1>(s)),
          field<consent::mode>(std::get<2>(s)), field<consent::feedback>(std::get<3>(s))};
}
state_tuple tuple_of(const consent::snapshot& s) {
  return {static_cast<int>(s.account), static_cast<int>(s.improve_model), static_cast<int>(s.chat),
          static_cast<int>(s.rated)};
}
decision_tuple tuple_of(const consent::decision& d) {
  return {d.trainable, static_cast<int>(d.why)};
}

template <class Enum>
std::vector<std::string> enum_names() {
  std::vector<std::string> names;
  for (const Enum value : consent::all_values<Enum>())
    names.emplace_back(consent::to_string(value));
  return names;
}

// A Python int of any size as a code: a value outside int64 is outside 0..255 as well, so it maps
// to -1, which every C++ reader refuses (not_a_byte); never narrowed. bool is not a code.
std::int64_t code_of(nb::handle value) {
  if (PyBool_Check(value.ptr()) || !PyLong_Check(value.ptr())) {
    throw nb::type_error("consent: a code is an int");
  }
  int overflow = 0;
  const long long code = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
  if (overflow != 0) return -1;
  if (code == -1 && PyErr_Occurred() != nullptr) throw nb::python_error();
  return static_cast<std::int64_t>(code);
}

// ---- classify over any buffer ----

// A buffer held for the length of a call (PyBuffer_Release when done).
class held_buffer {
 public:
  held_buffer(nb::handle object, bool writable) {
    const int flags = writable ? PyBUF_RECORDS : PyBUF_RECORDS_RO;
    if (PyObject_GetBuffer(object.ptr(), &view_, flags) != 0) {
      PyErr_Clear();
      throw nb::type_error(writable ? "consent: out must be a writable numpy bool array"
                                    : "consent: codes must be integers in a buffer (a numpy "
                                      "integer array, bytes, memoryview) or a pyarrow array");
    }
  }
  held_buffer(const held_buffer&) = delete;
  held_buffer& operator=(const held_buffer&) = delete;
  ~held_buffer() { PyBuffer_Release(&view_); }
  const Py_buffer& view() const { return view_; }

 private:
  Py_buffer view_{};
};

// How one element of a buffer is read: its size, signedness and byte order, from the buffer's
// struct-module format. Anything but one integer is refused (floats, bools, objects, strings).
struct element {
  std::size_t size = 0;
  bool is_signed = false;
  bool swap = false;
};
element element_of(const Py_buffer& view) {
  std::string_view format = view.format == nullptr ? "B" : view.format;
  bool big = false;
  if (!format.empty() && std::string_view("@=<>!").find(format.front()) != std::string_view::npos) {
    big = format.front() == '>' || format.front() == '!';
    format.remove_prefix(1);
  }
  constexpr std::string_view signed_types = "bhilqn";
  constexpr std::string_view unsigned_types = "BHILQN";
  if (format.size() != 1 || (signed_types.find(format[0]) == std::string_view::npos &&
                             unsigned_types.find(format[0]) == std::string_view::npos)) {
    throw nb::type_error(
        "consent: codes must be integers (any integer dtype); floats, bools, objects and strings "
        "are not codes");
  }
  const auto size = static_cast<std::size_t>(view.itemsize);
  if (size != 1 && size != 2 && size != 4 && size != 8) {
    throw nb::type_error("consent: codes must be integers of 1, 2, 4 or 8 bytes");
  }
  const std::uint16_t probe = 1;
  unsigned char first = 0;
  std::memcpy(&first, &probe, 1);
  const bool host_big = first == 0;
  return {size, signed_types.find(format[0]) != std::string_view::npos,
          size > 1 && big != host_big};
}

// The element at p as a 64-bit value: exact for every width and signedness but uint64 past
// INT64_MAX, which becomes -1 (out of 0..255 either way).
std::int64_t read_element(const unsigned char* p, const element& e) {
  unsigned char bytes[8];
  std::memcpy(bytes, p, e.size);
  if (e.swap) {
    for (std::size_t i = 0; i < e.size / 2; ++i) std::swap(bytes[i], bytes[e.size - 1 - i]);
  }
  switch (e.size) {
    case 1: {
      std::uint8_t u;
      std::memcpy(&u, bytes, 1);
      return e.is_signed ? static_cast<std::int64_t>(static_cast<std::int8_t>(u)) : u;
    }
    case 2: {
      std::uint16_t u;
      std::memcpy(&u, bytes, 2);
      return e.is_signed ? static_cast<std::int64_t>(static_cast<std::int16_t>(u)) : u;
    }
    case 4: {
      std::uint32_t u;
      std::memcpy(&u, bytes, 4);
      return e.is_signed ? static_cast<std::int64_t>(static_cast<std::int32_t>(u)) : u;
    }
    default: {
      std::uint64_t u;
      std::memcpy(&u, bytes, 8);
      if (e.is_signed) return static_cast<std::int64_t>(u);
      return u > 255 ? -1 : static_cast<std::int64_t>(u);
    }
  }
}

std::size_t element_count(const Py_buffer& view) {
  std::size_t n = 1;
  for (int d = 0; d < view.ndim; ++d) n *= static_cast<std::size_t>(view.shape[d]);
  return n;
}

bool is_c_contiguous(const Py_buffer& view) {
  Py_ssize_t expected = view.itemsize;
  for (int d = view.ndim - 1; d >= 0; --d) {
    if (view.shape[d] > 1 && view.strides != nullptr && view.strides[d] != expected) return false;
    expected *= view.shape[d];
  }
  return true;
}

// The lowest and one past the highest byte a buffer's elements touch.
std::pair<std::uintptr_t, std::uintptr_t> extent(const Py_buffer& view) {
  auto low = reinterpret_cast<std::uintptr_t>(view.buf);
  auto high = low;
  if (element_count(view) == 0) return {low, low};
  for (int d = 0; d < view.ndim; ++d) {
    const Py_ssize_t stride = view.strides != nullptr ? view.strides[d] : 0;
    const Py_ssize_t span = stride * (view.shape[d] - 1);
    if (span < 0) {
      low -= static_cast<std::uintptr_t>(-span);
    } else {
      high += static_cast<std::uintptr_t>(span);
    }
  }
  return {low, high + static_cast<std::uintptr_t>(view.itemsize)};
}

// Calls f(in, out) for every element's address, in C order, for any strides.
template <class F>
void for_each_element(const Py_buffer& in, const Py_buffer& out, F&& f) {
  const int ndim = in.ndim;
  if (element_count(in) == 0) return;
  if (ndim == 0) {
    f(static_cast<const unsigned char*>(in.buf), static_cast<unsigned char*>(out.buf));
    return;
  }
  std::vector<Py_ssize_t> index(static_cast<std::size_t>(ndim), 0);
  const auto* in_at = static_cast<const unsigned char*>(in.buf);
  auto* out_at = static_cast<unsigned char*>(out.buf);
  const auto stride = [](const Py_buffer& v, int d) {
    if (v.strides != nullptr) return v.strides[d];
    Py_ssize_t s = v.itemsize;
    for (int k = d + 1; k < v.ndim; ++k) s *= v.shape[k];
    return s;
  };
  const int last = ndim - 1;
  const Py_ssize_t in_step = stride(in, last);
  const Py_ssize_t out_step = stride(out, last);
  while (true) {
    const unsigned char* i = in_at;
    unsigned char* o = out_at;
    for (Py_ssize_t k = 0; k < in.shape[last]; ++k, i += in_step, o += out_step) f(i, o);
    int d = last - 1;
    for (; d >= 0; --d) {
      in_at += stride(in, d);
      out_at += stride(out, d);
      if (++index[static_cast<std::size_t>(d)] < in.shape[d]) break;
      in_at -= stride(in, d) * in.shape[d];
      out_at -= stride(out, d) * out.shape[d];
      index[static_cast<std::size_t>(d)] = 0;
    }
    if (d < 0) return;
  }
}

// Every byte's answer under Policy, from classify itself: the table the strided and wide paths
// look bytes up in.
template <class Policy>
const std::array<std::uint8_t, 256>& byte_answers() {
  static const std::array<std::uint8_t, 256> answers = [] {
    std::array<std::uint8_t, 256> bytes{};
    std::array<std::uint8_t, 256> out{};
    for (std::size_t b = 0; b < bytes.size(); ++b) bytes[b] = static_cast<std::uint8_t>(b);
    consent::classify<Policy>(bytes.data(), bytes.size(), out.data());
    return out;
  }();
  return answers;
}

// One dimension of T, native byte order, any strides: a value is a byte (0..255) exactly when,
// widened to 64 bits (sign-extended) and taken as unsigned, it is at most 255 (a negative one
// wraps far past it), then one table load.
template <class T>
std::size_t classify_line(const unsigned char* in, Py_ssize_t in_step, unsigned char* out,
                          Py_ssize_t out_step, std::size_t n,
                          const std::array<std::uint8_t, 256>& answers) {
  using wide = std::conditional_t<std::is_signed_v<T>, std::int64_t, std::uint64_t>;
  std::size_t count = 0;
  for (std::size_t i = 0; i < n; ++i, in += in_step, out += out_step) {
    T value;
    std::memcpy(&value, in, sizeof value);
    const auto code = static_cast<std::uint64_t>(static_cast<wide>(value));
    const std::uint8_t yes = code <= 255U ? answers[static_cast<std::size_t>(code)] : 0;
    *out = yes;
    count += yes;
  }
  return count;
}

// The typed line for an element kind, or null for one read element by element (swapped bytes).
using line_kernel = std::size_t (*)(const unsigned char*, Py_ssize_t, unsigned char*, Py_ssize_t,
                                    std::size_t, const std::array<std::uint8_t, 256>&);
line_kernel line_for(const element& e) {
  if (e.swap) return nullptr;
  switch (e.size) {
    case 1:
      return e.is_signed ? &classify_line<std::int8_t> : &classify_line<std::uint8_t>;
    case 2:
      return e.is_signed ? &classify_line<std::int16_t> : &classify_line<std::uint16_t>;
    case 4:
      return e.is_signed ? &classify_line<std::int32_t> : &classify_line<std::uint32_t>;
    default:
      return e.is_signed ? &classify_line<std::int64_t> : &classify_line<std::uint64_t>;
  }
}

// out[i] = codes[i] is a trainable code, for buffers of the same shape; returns how many are.
std::size_t classify_into(std::size_t policy, nb::handle codes, nb::handle out) {
  const held_buffer in(codes, false);
  const held_buffer to(out, true);
  const Py_buffer& a = in.view();
  const Py_buffer& b = to.view();
  const element e = element_of(a);
  if (b.itemsize != 1 || b.format == nullptr || std::string_view(b.format) != "?") {
    throw nb::type_error("consent: out must be a numpy bool array");
  }
  bool same_shape = a.ndim == b.ndim;
  for (int d = 0; same_shape && d < a.ndim; ++d) same_shape = a.shape[d] == b.shape[d];
  if (!same_shape) throw nb::value_error("consent: out must have the shape of codes");
  const auto [a_low, a_high] = extent(a);
  const auto [b_low, b_high] = extent(b);
  const bool identical = a.buf == b.buf && e.size == 1 && is_c_contiguous(a) && is_c_contiguous(b);
  if (!identical && a_low < b_high && b_low < a_high && element_count(a) > 0) {
    throw nb::value_error("consent: out overlaps codes without being codes itself");
  }
  return with_policy(policy, [&](auto p) {
    using Policy = decltype(p);
    const nb::gil_scoped_release unlocked;
    const std::size_t n = element_count(a);
    if (e.size == 1 && !e.is_signed && is_c_contiguous(a) && is_c_contiguous(b)) {
      return consent::classify<Policy>(static_cast<const std::uint8_t*>(a.buf), n,
                                       static_cast<std::uint8_t*>(b.buf));
    }
    const auto& answers = byte_answers<Policy>();
    const line_kernel line = line_for(e);
    if (line != nullptr && a.ndim == 1) {
      const Py_ssize_t in_step = a.strides != nullptr ? a.strides[0] : a.itemsize;
      const Py_ssize_t out_step = b.strides != nullptr ? b.strides[0] : 1;
      return line(static_cast<const unsigned char*>(a.buf), in_step,
                  static_cast<unsigned char*>(b.buf), out_step, n, answers);
    }
    if (line != nullptr && is_c_contiguous(a) && is_c_contiguous(b)) {
      return line(static_cast<const unsigned char*>(a.buf), a.itemsize,
                  static_cast<unsigned char*>(b.buf), 1, n, answers);
    }
    std::size_t count = 0;
    for_each_element(a, b, [&](const unsigned char* from, unsigned char* to_byte) {
      const std::int64_t code = read_element(from, e);
      const std::uint8_t yes =
          code >= 0 && code <= 255 ? answers[static_cast<std::size_t>(code)] : 0;
      *to_byte = yes;
      count += yes;
    });
    return count;
  });
}

// ---- the history and backfill ----

using change = consent::basic_setting_change<micros>;

// A contiguous range over memory the caller holds, for the C++ calls that take ranges.
template <class T>
struct span {
  T* items;
  std::size_t count;
  T* data() const noexcept { return items; }
  std::size_t size() const noexcept { return count; }
};

std::vector<change> changes_of(const std::vector<std::tuple<std::int64_t, int, int>>& rows) {
  std::vector<change> made;
  made.reserve(rows.size());
  for (const auto& [at, account, toggle] : rows) {
    made.push_back(
        {instant(micros(at)), field<consent::tier>(account), field<consent::toggle>(toggle)});
  }
  return made;
}

consent::withdrawal withdrawal_of(int value) {
  if (value != 0 && value != 1) throw nb::value_error("consent: no such withdrawal");
  return static_cast<consent::withdrawal>(value);
}

// A contiguous one-dimensional buffer of exactly T (its format and size), for backfill's columns.
template <class T>
std::pair<const T*, std::size_t> column(const Py_buffer& view, std::string_view what) {
  const element e = element_of(view);
  const bool want_signed = std::is_signed_v<T>;
  if (view.ndim != 1 || !is_c_contiguous(view) || e.size != sizeof(T) ||
      e.is_signed != want_signed || e.swap) {
    throw nb::type_error((std::string("consent: ") + std::string(what)).c_str());
  }
  return {static_cast<const T*>(view.buf), static_cast<std::size_t>(view.shape[0])};
}

using report_tuple = std::tuple<std::size_t, std::size_t, std::size_t, std::size_t, std::size_t,
                                std::size_t, std::size_t>;

report_tuple backfill(std::size_t policy, nb::handle users, nb::handle captured_at, nb::handle chat,
                      nb::handle log_users, nb::handle log_at, nb::handle log_account,
                      nb::handle log_toggle, int applies, nb::handle codes) {
  const held_buffer users_buffer(users, false);
  const held_buffer times_buffer(captured_at, false);
  const held_buffer log_users_buffer(log_users, false);
  const held_buffer log_at_buffer(log_at, false);
  const held_buffer log_account_buffer(log_account, false);
  const held_buffer log_toggle_buffer(log_toggle, false);
  const held_buffer codes_buffer(codes, true);
  const auto [user_ids, rows] =
      column<std::int64_t>(users_buffer.view(), "users is an int64 column");
  const auto [times, time_rows] =
      column<std::int64_t>(times_buffer.view(), "captured_at is a datetime64[us] column");
  const auto [log_user_ids, log_rows] =
      column<std::int64_t>(log_users_buffer.view(), "the log's users are an int64 column");
  const auto [log_times, log_time_rows] =
      column<std::int64_t>(log_at_buffer.view(), "the log's instants are a datetime64[us] column");
  const auto [accounts, account_rows] =
      column<std::uint8_t>(log_account_buffer.view(), "the log's tiers are a uint8 column");
  const auto [toggles, toggle_rows] =
      column<std::uint8_t>(log_toggle_buffer.view(), "the log's toggles are a uint8 column");
  if (time_rows != rows) throw nb::value_error("consent: users and captured_at differ in length");
  if (log_time_rows != log_rows || account_rows != log_rows || toggle_rows != log_rows) {
    throw nb::value_error("consent: the log's columns differ in length");
  }
  const Py_buffer& out = codes_buffer.view();
  if (out.ndim != 1 || !is_c_contiguous(out) || out.itemsize != 1 ||
      static_cast<std::size_t>(out.shape[0]) != rows) {
    throw nb::value_error("consent: codes is a uint8 column of one code a row");
  }
  const consent::withdrawal withdraw = withdrawal_of(applies);
  std::optional<held_buffer> modes_buffer;
  const consent::mode* modes = nullptr;
  consent::mode one_mode = consent::mode::standard;
  if (PyLong_Check(chat.ptr())) {
    one_mode = field<consent::mode>(static_cast<int>(PyLong_AsLong(chat.ptr())));
  } else {
    modes_buffer.emplace(chat, false);
    const auto [mode_bytes, mode_rows] =
        column<std::uint8_t>(modes_buffer->view(), "chat is a Mode or a uint8 column");
    if (mode_rows != rows) throw nb::value_error("consent: chat has one mode a row");
    // consent::mode is a one-byte enum: the column's bytes are its values, in range or not.
    static_assert(sizeof(consent::mode) == 1);
    modes = reinterpret_cast<const consent::mode*>(mode_bytes);
  }
  std::vector<consent::user_setting_change<std::int64_t, micros>> log;
  log.reserve(log_rows);
  for (std::size_t k = 0; k < log_rows; ++k) {
    log.push_back({log_user_ids[k],
                   {instant(micros(log_times[k])), field<consent::tier>(accounts[k]),
                    field<consent::toggle>(toggles[k])}});
  }
  // A datetime64[us] column is int64 microseconds since the epoch, a time point's only member:
  // read in place, not copied.
  static_assert(sizeof(instant) == sizeof(std::int64_t));
  const span<const std::int64_t> user_column{user_ids, rows};
  const span<const instant> time_column{reinterpret_cast<const instant*>(times), rows};
  const span<std::uint8_t> code_column{static_cast<std::uint8_t*>(out.buf), rows};
  return with_policy(policy, [&](auto p) {
    using Policy = decltype(p);
    const nb::gil_scoped_release unlocked;
    const consent::backfill_report r =
        modes == nullptr ? consent::backfill<Policy>(user_column, time_column, one_mode, log,
                                                     code_column, withdraw)
                         : consent::backfill<Policy>(user_column, time_column,
                                                     span<const consent::mode>{modes, rows}, log,
                                                     code_column, withdraw);
    return report_tuple{r.rows,           r.states,     r.out_of_order,   r.no_settings,
                        r.broken_history, r.not_a_time, r.log_unsorted_at};
  });
}

// Each row's decision for an export: codes (int64, one a row; outside 0..255 no state) under one
// policy, or, given capture times (int64 microseconds), under the published policy in force at
// each. Writes trainable (bool), the reason and the governing policy's index (255: none) a row.
void decide_rows(std::ptrdiff_t policy, nb::handle codes, nb::handle captured_at,
                 nb::handle trainable, nb::handle why, nb::handle governing) {
  const held_buffer codes_buffer(codes, false);
  const auto [code_column, rows] = column<std::int64_t>(codes_buffer.view(), "codes are int64");
  std::optional<held_buffer> times_buffer;
  const std::int64_t* times = nullptr;
  if (!captured_at.is_none()) {
    times_buffer.emplace(captured_at, false);
    const auto [time_column, time_rows] =
        column<std::int64_t>(times_buffer->view(), "capture times are int64 microseconds");
    if (time_rows != rows) throw nb::value_error("consent: one capture time a row");
    times = time_column;
  }
  const held_buffer out_trainable(trainable, true);
  const held_buffer out_why(why, true);
  const held_buffer out_governing(governing, true);
  for (const Py_buffer* out : {&out_trainable.view(), &out_why.view(), &out_governing.view()}) {
    if (out->ndim != 1 || !is_c_contiguous(*out) || out->itemsize != 1 ||
        static_cast<std::size_t>(out->shape[0]) != rows) {
      throw nb::value_error("consent: one byte a row in each output");
    }
  }
  auto* yes = static_cast<std::uint8_t*>(out_trainable.view().buf);
  auto* reasons = static_cast<std::uint8_t*>(out_why.view().buf);
  auto* policies = static_cast<std::uint8_t*>(out_governing.view().buf);
  const auto state_of = [](std::int64_t code) {
    const auto decoded = consent::decode(code);
    return decoded ? *decoded : consent::snapshot{};
  };
  if (times == nullptr) {
    with_policy(static_cast<std::size_t>(policy), [&](auto p) {
      using Policy = decltype(p);
      const nb::gil_scoped_release unlocked;
      for (std::size_t i = 0; i < rows; ++i) {
        const consent::decision d = consent::evaluate<Policy>(state_of(code_column[i]));
        yes[i] = d.trainable;
        reasons[i] = static_cast<std::uint8_t>(d.why);
        policies[i] = static_cast<std::uint8_t>(policy);
      }
      return 0;
    });
    return;
  }
  // The timeline's own index of the governing policy: its policies are the built-in list, in order.
  static_assert(std::is_same_v<
                consent::published_policies,
                consent::policy_timeline<consent::policy_2024_06_12, consent::policy_2026_10_05>>);
  const nb::gil_scoped_release unlocked;
  for (std::size_t i = 0; i < rows; ++i) {
    const instant at{micros(times[i])};
    const consent::ruling r = consent::published_policies::evaluate(state_of(code_column[i]), at);
    yes[i] = r.answer.trainable;
    reasons[i] = static_cast<std::uint8_t>(r.answer.why);
    const std::size_t index = consent::published_policies::governing(at);
    policies[i] = static_cast<std::uint8_t>(index < builtin_count ? index : 255);
  }
}

}  // namespace

NB_MODULE(_core, m) {
  m.doc() = "consent's C++ headers, compiled: plain values in and out (the package types them)";
  m.attr("version") = CONSENT_VERSION_STRING;
  m.attr("policy_names") = names_of(builtin{});
  m.attr("default_policy") = std::string(consent::default_policy::name);
  m.attr("latest_policy") = std::string(consent::latest_policy::name);

  m.def("enum_names", [](std::string_view which) -> std::vector<std::string> {
    if (which == "tier") return enum_names<consent::tier>();
    if (which == "toggle") return enum_names<consent::toggle>();
    if (which == "mode") return enum_names<consent::mode>();
    if (which == "feedback") return enum_names<consent::feedback>();
    if (which == "reason") return enum_names<consent::reason>();
    if (which == "parse_errc") return enum_names<consent::parse_errc>();
    if (which == "decode_errc") return enum_names<consent::decode_errc>();
    if (which == "withdrawal") return enum_names<consent::withdrawal>();
    if (which == "history_errc") return enum_names<consent::history_errc>();
    throw nb::value_error("consent: no such enum");
  });
  // Later names of a value ("business" for team): each parses as the value.
  m.def("tier_aliases", [] {
    const auto parsed = consent::parse<consent::tier>("business");
    return std::vector<std::pair<std::string, int>>{{"business", static_cast<int>(*parsed)}};
  });
  // Every text parse accepts, each exactly once: the states' texts, and Team's under its later
  // name; each is parsed again here, so the list holds only what parse reads.
  m.def("accepted_texts", [] {
    std::vector<std::string> texts;
    const std::string_view team = consent::to_string(consent::tier::team);
    for (std::size_t i = 0; i < consent::detail::combination_count; ++i) {
      const consent::snapshot s = consent::detail::combination(i);
      if (!consent::is_state(s)) continue;
      const std::string text(consent::to_string(s).view());
      texts.push_back(text);
      if (s.account == consent::tier::team) {
        texts.push_back(std::string(consent::detail::business_name) + text.substr(team.size()));
      }
    }
    for (const std::string& text : texts) {
      if (!consent::parse(text)) throw std::logic_error("consent: a listed text does not parse");
    }
    return texts;
  });
  m.def("grants", [](int why) { return consent::grants(field<consent::reason>(why)); });

  m.def("is_state", [](const state_tuple& s) { return consent::is_state(snapshot_of(s)); });
  m.def("compare", [](const state_tuple& a, const state_tuple& b) {
    const consent::snapshot x = snapshot_of(a);
    const consent::snapshot y = snapshot_of(b);
    return x < y ? -1 : (y < x ? 1 : 0);
  });
  m.def("hash",
        [](const state_tuple& s) { return std::hash<consent::snapshot>{}(snapshot_of(s)); });
  m.def("evaluate", [](std::size_t policy, const state_tuple& s) {
    return with_policy(
        policy, [&](auto p) { return tuple_of(consent::evaluate<decltype(p)>(snapshot_of(s))); });
  });
  m.def("to_string", [](const state_tuple& s) {
    return std::string(consent::to_string(snapshot_of(s)).view());
  });
  m.def("decision_text", [](bool trainable, int why) {
    return std::string(
        consent::to_string(consent::decision{trainable, field<consent::reason>(why)}).view());
  });
  // The state a text spells, or (code, byte offset) of what is wrong.
  m.def("parse",
        [](nb::bytes text) -> std::pair<std::optional<state_tuple>, std::pair<int, std::size_t>> {
          const auto parsed = consent::parse(std::string_view(text.c_str(), text.size()));
          if (parsed) return {tuple_of(*parsed), {0, 0}};
          return {std::nullopt, {static_cast<int>(parsed.error().code), parsed.error().offset}};
        });
  m.def("encode",
        [](const state_tuple& s) { return static_cast<int>(consent::encode(snapshot_of(s))); });
  // The state a code decodes to, or (code, byte) of what is wrong.
  m.def("decode",
        [](nb::handle code) -> std::pair<std::optional<state_tuple>, std::pair<int, int>> {
          const auto decoded = consent::decode(code_of(code));
          if (decoded) return {tuple_of(*decoded), {0, 0}};
          return {std::nullopt, {static_cast<int>(decoded.error().code), decoded.error().byte}};
        });
  m.def("is_trainable_code", [](std::size_t policy, nb::handle code) {
    const std::int64_t value = code_of(code);
    return with_policy(policy,
                       [&](auto p) { return consent::is_trainable_code<decltype(p)>(value); });
  });
  m.def("classify_into", &classify_into);
  m.def("audit_line", [](std::size_t policy, const state_tuple& s) {
    return with_policy(policy, [&](auto p) {
      return std::string(consent::audit_line<decltype(p)>(snapshot_of(s)).view());
    });
  });
  m.def("evaluate_at", [](const state_tuple& s, std::int64_t at) {
    const consent::ruling r =
        consent::published_policies::evaluate(snapshot_of(s), instant(micros(at)));
    return std::make_tuple(r.answer.trainable, static_cast<int>(r.answer.why),
                           std::string(r.policy_name));
  });
  m.def("audit_line_at", [](const state_tuple& s, std::int64_t at) {
    return std::string(
        consent::published_policies::audit_line(snapshot_of(s), instant(micros(at))).view());
  });
  m.def("diff", [](std::size_t old_policy, std::size_t new_policy) {
    return with_policy(old_policy, [&](auto o) {
      return with_policy(new_policy, [&](auto n) {
        std::vector<std::tuple<state_tuple, decision_tuple, decision_tuple>> changes;
        for (const consent::answer_change& c : consent::diff<decltype(o), decltype(n)>()) {
          changes.emplace_back(tuple_of(c.consent_state), tuple_of(c.before), tuple_of(c.after));
        }
        return changes;
      });
    });
  });
  m.def("check_history",
        [](const std::vector<std::tuple<std::int64_t, int, int>>& rows)
            -> std::optional<std::pair<int, std::size_t>> {
          const std::vector<change> changes = changes_of(rows);
          const auto problem = consent::check_history(changes);
          if (!problem) return std::nullopt;
          return std::make_pair(static_cast<int>(problem->code), problem->index);
        });
  m.def("state_at",
        [](std::size_t policy, const std::vector<std::tuple<std::int64_t, int, int>>& rows,
           std::int64_t at, int chat, int applies) -> std::optional<state_tuple> {
          const std::vector<change> changes = changes_of(rows);
          const consent::withdrawal withdraw = withdrawal_of(applies);
          return with_policy(policy, [&](auto p) -> std::optional<state_tuple> {
            const consent::snapshot s = consent::state_at<decltype(p)>(
                changes, instant(micros(at)), field<consent::mode>(chat), withdraw);
            if (!consent::is_state(s)) return std::nullopt;
            return tuple_of(s);
          });
        });
  m.def("backfill", &backfill);
  m.def("decide_rows", &decide_rows, nb::arg("policy"), nb::arg("codes"),
        nb::arg("captured_at").none(), nb::arg("trainable"), nb::arg("why"), nb::arg("governing"));
}
