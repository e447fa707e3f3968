"""May this content be used to train a model? The consent SDK's answers, from its C++ headers.

Every answer comes from the compiled C++ code (consent._core); this package gives the values their
Python types and refuses what is not one of them. The names, their values and the texts are the C++
ones, read from the module, never written here a second time.
"""
from __future__ import annotations

import datetime as _datetime
import enum as _enum
import functools as _functools
from typing import Any, Iterable, NamedTuple, Optional, Sequence, Tuple, Union

import numpy as _np

from . import _core

__all__ = [
    "Tier", "Toggle", "Mode", "Feedback", "Reason", "ParseErrc", "DecodeErrc", "HistoryErrc",
    "Withdrawal", "Snapshot", "Decision", "Ruling", "SettingChange", "AnswerChange",
    "BackfillReport", "ParseError", "DecodeError", "HistoryError", "DEFAULT_POLICY",
    "LATEST_POLICY", "POLICIES", "evaluate", "is_trainable", "parse", "encode", "decode",
    "is_trainable_code", "classify", "evaluate_at", "state_at", "check_history", "backfill",
    "audit_line", "diff", "__version__",
]

__version__: str = _core.version
DEFAULT_POLICY: str = _core.default_policy
LATEST_POLICY: str = _core.latest_policy
POLICIES: Tuple[str, ...] = tuple(_core.policy_names)


def _make_enum(class_name: str, cpp_name: str, doc: str,
               aliases: Sequence[Tuple[str, int]] = ()) -> Any:
    """An IntEnum whose members are the C++ enumerators: the C++ names upper-cased, the C++ values,
    and str() the C++ name ("plus"); aliases are later names of a value (Tier.BUSINESS)."""
    names = _core.enum_names(cpp_name)
    members = [(name.upper(), value) for value, name in enumerate(names)]
    members += [(alias.upper(), value) for alias, value in aliases]
    made = _enum.IntEnum(class_name, members, module=__name__)
    made.__str__ = lambda self: names[int(self)]  # type: ignore[method-assign]
    made.__format__ = lambda self, spec: format(names[int(self)], spec)  # type: ignore[method-assign]
    made.__doc__ = doc
    return made


Tier = _make_enum("Tier", "tier", "The account tier content was submitted under.",
                  _core.tier_aliases())
Toggle = _make_enum("Toggle", "toggle", 'The "Improve the model" setting.')
Mode = _make_enum("Mode", "mode", "The chat mode: standard or temporary.")
Feedback = _make_enum("Feedback", "feedback", "Whether the conversation carries feedback.")
Reason = _make_enum("Reason", "reason", "Why an answer is what it is.")
ParseErrc = _make_enum("ParseErrc", "parse_errc", "What was wrong with a state's text.")
DecodeErrc = _make_enum("DecodeErrc", "decode_errc", "What was wrong with a code.")
HistoryErrc = _make_enum("HistoryErrc", "history_errc", "Where a settings history breaks.")
Withdrawal = _make_enum("Withdrawal", "withdrawal",
                        "Whether a later opt-out also withdraws content captured before it.")


def _member(enum_class: Any, value: Any, what: str) -> Any:
    """value as a member of enum_class: a member as it is; anything else is the caller's mistake."""
    if isinstance(value, enum_class):
        return value
    raise TypeError(f"consent: {what} must be a consent.{enum_class.__name__}, not "
                    f"{type(value).__name__}")


_POLICY_INDEX = {name: index for index, name in enumerate(POLICIES)}


def _policy_index(policy: Any) -> int:
    index = _POLICY_INDEX.get(policy) if type(policy) is str else None
    if index is not None:
        return index
    if not isinstance(policy, str):
        raise TypeError(f"consent: a policy is named by a str, not {type(policy).__name__}")
    raise ValueError(f"consent: no policy is named {policy[:40]!r}; the policies are "
                     f"{', '.join(POLICIES)}")


class ParseError(ValueError):
    """A text that is not exactly a state's. `code` says what was wrong (a ParseErrc) and `offset`
    where: the index in the text (the C++ byte offset, counted in characters)."""

    def __init__(self, code: Any, offset: int, text: str) -> None:
        self.code = code
        self.offset = offset
        super().__init__(f"consent: {code} at {offset} in {text[:40]!r}")


class DecodeError(ValueError):
    """A code that is no state's. `code` says what was wrong (a DecodeErrc); `byte` is the byte read
    (0 for a value that is no byte at all)."""

    def __init__(self, code: Any, byte: int) -> None:
        self.code = code
        self.byte = byte
        super().__init__(f"consent: {code}" + ("" if code == DecodeErrc.NOT_A_BYTE
                                               else f" in 0x{byte:02x}"))


class HistoryError(ValueError):
    """A settings history that cannot be trusted: `code` (a HistoryErrc) and the `index` of the
    change at fault."""

    def __init__(self, code: Any, index: int) -> None:
        self.code = code
        self.index = index
        super().__init__(f"consent: {code} at change {index}")


@_functools.total_ordering
class Snapshot:
    """A consent state as a value: frozen, hashable, ordered field by field as in C++ (tier, toggle,
    mode, feedback). Every field is its enum's member; a combination that is no state (the API in a
    Temporary Chat) can be built, and is answered as invalid_state."""

    __slots__ = ("_fields",)
    _fields: Tuple[int, int, int, int]

    def __init__(self, account: Any, improve_model: Any, chat: Any,
                 rated: Any = None) -> None:
        fields = (int(_member(Tier, account, "account")),
                  int(_member(Toggle, improve_model, "improve_model")),
                  int(_member(Mode, chat, "chat")),
                  int(_member(Feedback, Feedback.NONE if rated is None else rated, "rated")))
        object.__setattr__(self, "_fields", fields)

    @classmethod
    def _of(cls, fields: Tuple[int, int, int, int]) -> "Snapshot":
        made = cls.__new__(cls)
        object.__setattr__(made, "_fields", tuple(fields))
        return made

    @property
    def account(self) -> Any:
        return Tier(self._fields[0])

    @property
    def improve_model(self) -> Any:
        return Toggle(self._fields[1])

    @property
    def chat(self) -> Any:
        return Mode(self._fields[2])

    @property
    def rated(self) -> Any:
        return Feedback(self._fields[3])

    @property
    def is_state(self) -> bool:
        return bool(_core.is_state(self._fields))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("consent.Snapshot is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("consent.Snapshot is frozen")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Snapshot):
            return NotImplemented
        return _core.compare(self._fields, other._fields) == 0

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Snapshot):
            return NotImplemented
        return _core.compare(self._fields, other._fields) < 0

    def __hash__(self) -> int:
        return int(_core.hash(self._fields))

    def __str__(self) -> str:
        return str(_core.to_string(self._fields))

    def __repr__(self) -> str:
        return (f"Snapshot({self.account!r}, {self.improve_model!r}, {self.chat!r}, "
                f"{self.rated!r})")

    def __reduce__(self) -> Any:
        return (Snapshot, (self.account, self.improve_model, self.chat, self.rated))


class Decision(NamedTuple):
    """The answer and its reason; bool(decision) is decision.trainable."""

    trainable: bool
    why: Any

    def __bool__(self) -> bool:
        return self.trainable

    def __str__(self) -> str:
        return str(_core.decision_text(self.trainable, int(self.why)))


class Ruling(NamedTuple):
    """A decision and the name of the policy that made it ("" when no policy governed)."""

    answer: Decision
    policy_name: str


class SettingChange(NamedTuple):
    """From `at` on (a timezone-aware datetime), content is submitted under this tier and toggle."""

    at: _datetime.datetime
    account: Any
    improve_model: Any


class AnswerChange(NamedTuple):
    """One state whose decision differs between two policies."""

    consent_state: Snapshot
    before: Decision
    after: Decision


class BackfillReport(NamedTuple):
    """What backfill did: rows, rows given a state's code, and why the others were not."""

    rows: int
    states: int
    out_of_order: int
    no_settings: int
    broken_history: int
    not_a_time: int
    log_unsorted_at: int


def _snapshot(s: Any) -> Snapshot:
    if not isinstance(s, Snapshot):
        raise TypeError(f"consent: a state is a consent.Snapshot, not {type(s).__name__}")
    return s


# Every decision there can be, made once: an answer is then a lookup, not an enum's construction.
_DECISIONS = {(trainable, int(why)): Decision(trainable, why)
              for trainable in (False, True) for why in Reason}


def _decision(answer: Tuple[bool, int]) -> Decision:
    return _DECISIONS[(bool(answer[0]), int(answer[1]))]


def evaluate(s: Snapshot, policy: str = DEFAULT_POLICY) -> Decision:
    """May content submitted in state s be used for training under the named policy, and why."""
    if type(s) is not Snapshot:
        _snapshot(s)
    return _DECISIONS[_core.evaluate(_policy_index(policy), s._fields)]


def is_trainable(s: Snapshot, policy: str = DEFAULT_POLICY) -> bool:
    """evaluate(s, policy).trainable."""
    return evaluate(s, policy).trainable


def _text_bytes(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"consent: a state's text is a str, not {type(text).__name__}")
    # Lone surrogates pass through as the bytes they would be; no state's text has them.
    return text.encode("utf-8", "surrogatepass")


def parse(text: str) -> Snapshot:
    """"plus/off/standard" to its Snapshot; anything but exactly a state's text raises ParseError."""
    raw = _text_bytes(text)
    state, (code, offset) = _core.parse(raw)
    if state is None:
        # The C++ offset counts bytes; the error gives the character index it falls at.
        characters = len(raw[:offset].decode("utf-8", "surrogatepass"))
        raise ParseError(ParseErrc(code), characters, text)
    return Snapshot._of(state)


def encode(s: Snapshot) -> int:
    """The state's wire byte (docs/wire-format.md); 0, which nothing decodes, for a non-state."""
    return int(_core.encode(_snapshot(s)._fields))


def decode(code: int) -> Snapshot:
    """The state a code (any int) holds; anything else raises DecodeError."""
    state, (error, byte) = _core.decode(code)
    if state is None:
        raise DecodeError(DecodeErrc(error), byte)
    return Snapshot._of(state)


def is_trainable_code(code: int, policy: str = DEFAULT_POLICY) -> bool:
    """True when the code (any int; outside 0..255 is False, never narrowed) is a trainable
    state's."""
    return bool(_core.is_trainable_code(_policy_index(policy), code))


_ARROW_TYPES = "pyarrow"


def _is_arrow(value: Any) -> bool:
    return type(value).__module__.split(".")[0] == _ARROW_TYPES


def _arrow_classify(index: int, array: Any, out: Any) -> None:
    """A pyarrow Array or ChunkedArray of integers, read in place through its buffers; nulls are
    False."""
    import pyarrow as pa  # only for arrays that are pyarrow's already

    if isinstance(array, pa.ChunkedArray):
        at = 0
        for chunk in array.chunks:
            _arrow_classify(index, chunk, out[at:at + len(chunk)])
            at += len(chunk)
        return
    if not pa.types.is_integer(array.type):
        raise TypeError(f"consent: codes must be integers, not pyarrow {array.type}")
    validity, data = array.buffers()[:2]
    dtype = _np.dtype(array.type.to_pandas_dtype())
    values = _np.frombuffer(data, dtype=dtype, count=array.offset + len(array))[array.offset:]
    _core.classify_into(index, values, out)
    if array.null_count > 0:
        bits = _np.frombuffer(validity, dtype=_np.uint8)
        valid = _np.unpackbits(bits, bitorder="little")[array.offset:array.offset + len(array)]
        out &= valid.astype(bool)


def classify(codes: Any, policy: str = DEFAULT_POLICY, out: Optional[Any] = None) -> Any:
    """A numpy bool array, True where codes holds a trainable state's code: numpy arrays of any
    integer dtype and layout, bytes, memoryview, pyarrow arrays (nulls are False). Values outside
    0..255 are False. The input is read where it is; out= writes into a bool array of its shape.
    The GIL is released while it runs."""
    index = _policy_index(policy)
    if _is_arrow(codes):
        length = len(codes)
        result = _np.empty(length, dtype=bool) if out is None else out
        if not isinstance(result, _np.ndarray) or result.shape != (length,):
            raise ValueError("consent: out must be a bool array of the codes' shape")
        _arrow_classify(index, codes, result)
        return result
    if isinstance(codes, (str, list, tuple)) or not _supports_buffer(codes):
        raise TypeError(f"consent: codes must be integers in a buffer (a numpy integer array, "
                        f"bytes, memoryview) or a pyarrow array, not {type(codes).__name__}")
    if out is None:
        shape = memoryview(codes).shape
        out = _np.empty(shape if shape is not None else (), dtype=bool)
    _core.classify_into(index, codes, out)
    return out


def _supports_buffer(value: Any) -> bool:
    try:
        memoryview(value)
    except (TypeError, ValueError):  # no buffer, or one numpy cannot export (datetimes, objects)
        return False
    return True


_EPOCH = _datetime.datetime(1970, 1, 1, tzinfo=_datetime.timezone.utc)
_MICROSECOND = _datetime.timedelta(microseconds=1)


def _micros(at: Any, what: str) -> int:
    """A timezone-aware datetime as microseconds since the epoch, exactly; a naive one names no
    instant and is refused."""
    if not isinstance(at, _datetime.datetime):
        raise TypeError(f"consent: {what} is a datetime, not {type(at).__name__}")
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"consent: {what} is a naive datetime, which names no instant; give it a "
                         f"timezone (datetime.timezone.utc)")
    return (at - _EPOCH) // _MICROSECOND


def evaluate_at(s: Snapshot, captured_at: _datetime.datetime) -> Ruling:
    """The answer of the published policy in force when the content was captured, and its name:
    2024-06-12 from that day, 2026-10-05 from that day; before the first, refused (no_policy)."""
    trainable, why, name = _core.evaluate_at(_snapshot(s)._fields, _micros(captured_at, "captured_at"))
    return Ruling(Decision(bool(trainable), Reason(why)), str(name))


def _change_rows(changes: Iterable[Any]) -> Sequence[Tuple[int, int, int]]:
    rows = []
    for change in changes:
        if not isinstance(change, SettingChange):
            raise TypeError(f"consent: a history is SettingChange values, not "
                            f"{type(change).__name__}")
        rows.append((_micros(change.at, "a change's at"),
                     int(_member(Tier, change.account, "a change's account")),
                     int(_member(Toggle, change.improve_model, "a change's improve_model"))))
    return rows


def check_history(changes: Iterable[SettingChange]) -> Optional[HistoryError]:
    """Where a history breaks (a HistoryError, not raised), or None when it is sound."""
    problem = _core.check_history(_change_rows(changes))
    return None if problem is None else HistoryError(HistoryErrc(problem[0]), problem[1])


def state_at(changes: Iterable[SettingChange], captured_at: _datetime.datetime, chat: Any,
             withdrawal: Any = None, policy: str = DEFAULT_POLICY) -> Optional[Snapshot]:
    """The state of content captured at captured_at in mode chat, from one user's settings
    history (oldest first), by the rules of docs/history.md; None when there is no state (a broken
    history, before the first change)."""
    applies = Withdrawal.FORWARD_ONLY if withdrawal is None else _member(Withdrawal, withdrawal,
                                                                          "withdrawal")
    state = _core.state_at(_policy_index(policy), _change_rows(changes),
                           _micros(captured_at, "captured_at"), int(_member(Mode, chat, "chat")),
                           int(applies))
    return None if state is None else Snapshot._of(state)


def _int64_column(values: Any, what: str) -> Any:
    array = _np.asarray(values)
    if array.dtype.kind == "M":
        if array.dtype != _np.dtype("datetime64[us]"):
            raise TypeError(f"consent: {what} must be datetime64[us]")
        return array.view(_np.int64)
    if array.dtype != _np.int64:
        raise TypeError(f"consent: {what} must be an int64 (or datetime64[us]) column, not "
                        f"{array.dtype}")
    return array


def backfill(users: Any, captured_at: Any, chat: Any, log_users: Any, log_at: Any,
             log_account: Any, log_improve_model: Any, withdrawal: Any = None,
             policy: str = DEFAULT_POLICY) -> Tuple[Any, BackfillReport]:
    """The code of every row of a messages table sorted by (user, captured_at), from a settings
    log sorted by (user, at), in one merge pass (docs/history.md): numpy columns in, a uint8 code a
    row and the report out. captured_at and log_at are datetime64[us] (or int64 microseconds);
    users int64; chat one Mode or a uint8 column; the log's tier and toggle uint8 columns."""
    applies = Withdrawal.FORWARD_ONLY if withdrawal is None else _member(Withdrawal, withdrawal,
                                                                          "withdrawal")
    user_column = _int64_column(users, "users")
    modes: Any = int(chat) if isinstance(chat, Mode) else _np.asarray(chat)
    if not isinstance(chat, Mode) and modes.dtype != _np.uint8:
        raise TypeError("consent: chat is a consent.Mode or a uint8 column")
    codes = _np.empty(len(user_column), dtype=_np.uint8)
    report = _core.backfill(_policy_index(policy), user_column,
                            _int64_column(captured_at, "captured_at"), modes,
                            _int64_column(log_users, "log_users"), _int64_column(log_at, "log_at"),
                            _np.asarray(log_account, dtype=_np.uint8),
                            _np.asarray(log_improve_model, dtype=_np.uint8), int(applies), codes)
    return codes, BackfillReport(*report)


def audit_line(s: Snapshot, policy: str = DEFAULT_POLICY,
               captured_at: Optional[_datetime.datetime] = None) -> str:
    """The audit line (docs/audit.md) for a state under the named policy, or, given captured_at,
    under the published policy in force then."""
    fields = _snapshot(s)._fields
    if captured_at is not None:
        return str(_core.audit_line_at(fields, _micros(captured_at, "captured_at")))
    return str(_core.audit_line(_policy_index(policy), fields))


def diff(old: str = DEFAULT_POLICY, new: str = LATEST_POLICY) -> Sequence[AnswerChange]:
    """The states whose decision changes from the old policy to the new, in C++'s order."""
    return [AnswerChange(Snapshot._of(state), _decision(before), _decision(after))
            for state, before, after in _core.diff(_policy_index(old), _policy_index(new))]
