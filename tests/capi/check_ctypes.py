"""The C API from Python's ctypes, checked against the test vectors (tests/vectors/v2), the same
files the C++ tests read: every byte, every text, both policies.
    python3 check_ctypes.py path/to/libconsent_c.so tests/vectors/v2"""
import csv
import ctypes
import pathlib
import sys


class State(ctypes.Structure):
    _fields_ = [("account", ctypes.c_uint8), ("improve_model", ctypes.c_uint8),
                ("chat", ctypes.c_uint8), ("rated", ctypes.c_uint8)]


class Decision(ctypes.Structure):
    _fields_ = [("trainable", ctypes.c_int), ("reason", ctypes.c_int)]


POLICIES = {"2024-06-12": 0, "2026-10-05": 1}
ENUM_REASON, ENUM_PARSE_ERROR, ENUM_DECODE_ERROR = 4, 5, 6


def load(path):
    lib = ctypes.CDLL(str(path))
    signatures = {
        "consent_version": ([], ctypes.c_char_p),
        "consent_policy_from_name": ([ctypes.c_char_p, ctypes.c_size_t], ctypes.c_int),
        "consent_evaluate": ([ctypes.c_int, State], Decision),
        "consent_encode": ([State], ctypes.c_uint8),
        "consent_decode": ([ctypes.c_int64, ctypes.POINTER(State)], ctypes.c_int),
        "consent_parse": ([ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(State),
                           ctypes.POINTER(ctypes.c_size_t)], ctypes.c_int),
        "consent_to_string": ([State, ctypes.c_char_p, ctypes.c_size_t], ctypes.c_size_t),
        "consent_name": ([ctypes.c_int, ctypes.c_int], ctypes.c_char_p),
        "consent_classify": ([ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p],
                             ctypes.c_size_t),
        "consent_code_trainable": ([ctypes.c_int, ctypes.c_int64], ctypes.c_int),
        "consent_text_trainable": ([ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t], ctypes.c_int),
    }
    for name, (arguments, result) in signatures.items():
        function = getattr(lib, name)
        function.argtypes = arguments
        function.restype = result
    return lib


def main():
    lib = load(sys.argv[1])
    vectors = pathlib.Path(sys.argv[2])
    failures = []

    def expect(condition, what):
        if not condition:
            failures.append(what)

    def name(which, value):
        return lib.consent_name(which, value).decode()

    expect(lib.consent_version() == b"0.2.0", "version")
    for policy, number in POLICIES.items():
        expect(lib.consent_policy_from_name(policy.encode(), len(policy)) == number, policy)

    with open(vectors / "bytes.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    expect(len(rows) == 256, "bytes.csv has every byte")
    for row in rows:
        code = int(row["byte"])
        state = State()
        status = lib.consent_decode(code, ctypes.byref(state))
        decoded = "ok" if status == 0 else name(ENUM_DECODE_ERROR, status - 1)
        expect(decoded == row["decodes"], f"decode {code}: {decoded}")
        if status == 0:
            text = ctypes.create_string_buffer(64)
            length = lib.consent_to_string(state, text, len(text))
            expect(text.value.decode() == row["text"] and length == len(row["text"]),
                   f"to_string {code}: {text.value}")
            expect(lib.consent_encode(state) == code, f"encode {code}")
        for policy, number in POLICIES.items():
            trainable = int(row[f"trainable {policy}"])
            expect(lib.consent_code_trainable(number, code) == trainable, f"code {code} {policy}")
            if status == 0:
                d = lib.consent_evaluate(number, state)
                expect((d.trainable, name(ENUM_REASON, d.reason)) ==
                       (trainable, row[f"reason {policy}"]), f"decide {code} {policy}")

    # Every byte at once, and in place.
    every = bytes(range(256))
    for policy, number in POLICIES.items():
        out = ctypes.create_string_buffer(256)
        count = lib.consent_classify(number, every, 256, out)
        expected = bytes(int(row[f"trainable {policy}"]) for row in rows)
        expect(out.raw == expected and count == sum(expected), f"classify {policy}")

    with open(vectors / "text.csv", newline="") as f:
        texts = list(csv.DictReader(f))
    for row in texts:
        text = row["text"].encode()
        state = State()
        offset = ctypes.c_size_t(99)
        status = lib.consent_parse(text, len(text), ctypes.byref(state), ctypes.byref(offset))
        parsed = "ok" if status == 0 else name(ENUM_PARSE_ERROR, status - 1)
        expect(parsed == row["parses"], f"parse {row['text']!r}: {parsed}")
        if status == 0:
            expect(lib.consent_encode(state) == int(row["byte"]), f"byte of {row['text']!r}")
        else:
            expect(offset.value == int(row["error_offset"]), f"offset of {row['text']!r}")
        for policy, number in POLICIES.items():
            expect(lib.consent_text_trainable(number, text, len(text)) ==
                   int(row[f"trainable {policy}"]), f"text {row['text']!r} {policy}")

    # Hostile: integers that are not bytes, and text with a NUL or cut short.
    for code in (-1, 256, 256 + 0x80, -(2**63), 2**63 - 1, 2**32 + 0x80):
        expect(lib.consent_code_trainable(0, code) == 0, f"code {code}")
    for text in (b"free/unset/standard\0", b"\0free/unset/standard", b"free/unset/standar",
                 b"free/unset/standard/", "fr\u00e9e/unset/standard".encode()):
        expect(lib.consent_text_trainable(0, text, len(text)) == 0, f"text {text!r}")

    if failures:
        print(f"{len(failures)} checks failed:", *failures[:20], sep="\n  ")
        return 1
    print(f"the C API answers as the vectors say: {len(rows)} bytes, {len(texts)} texts, "
          f"{len(POLICIES)} policies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
