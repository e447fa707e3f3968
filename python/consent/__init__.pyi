# The types of the consent package. Its enums' members are made at import from the C++ name tables;
# tests/test_stubs.py holds these declarations to what the module has.
import datetime
from enum import IntEnum
from typing import Iterable, NamedTuple, Optional, Sequence, Tuple, Union

import numpy as np
import numpy.typing as npt

__version__: str
DEFAULT_POLICY: str
LATEST_POLICY: str
POLICIES: Tuple[str, ...]

class Tier(IntEnum):
    FREE = 0
    PLUS = 1
    TEAM = 2
    ENTERPRISE = 3
    API = 4
    PRO = 5
    GO = 6
    EDU = 7
    BUSINESS = 2

class Toggle(IntEnum):
    UNSET = 0
    ON = 1
    OFF = 2

class Mode(IntEnum):
    STANDARD = 0
    TEMPORARY = 1

class Feedback(IntEnum):
    NONE = 0
    GIVEN = 1

class Reason(IntEnum):
    CONSUMER_DEFAULT = 0
    OPTED_IN = 1
    OPTED_OUT = 2
    TEMPORARY_CHAT = 3
    BUSINESS_DEFAULT = 4
    API_DEFAULT = 5
    INVALID_STATE = 6
    NO_POLICY = 7
    NOT_IN_POLICY = 8

class ParseErrc(IntEnum):
    EMPTY = 0
    UNKNOWN_TIER = 1
    UNKNOWN_TOGGLE = 2
    UNKNOWN_MODE = 3
    MISSING_SEPARATOR = 4
    EXTRA_SEPARATOR = 5
    TRAILING_INPUT = 6
    NOT_A_STATE = 7
    UNKNOWN_NAME = 8

class DecodeErrc(IntEnum):
    UNKNOWN_LAYOUT = 0
    FUTURE_LAYOUT = 1
    TIER_OUT_OF_RANGE = 2
    TOGGLE_OUT_OF_RANGE = 3
    NOT_A_STATE = 4
    NOT_A_BYTE = 5

class HistoryErrc(IntEnum):
    EMPTY = 0
    OUT_OF_ORDER = 1
    TIER_OUT_OF_RANGE = 2
    TOGGLE_OUT_OF_RANGE = 3
    NOT_A_TIME = 4

class Withdrawal(IntEnum):
    FORWARD_ONLY = 0
    APPLIES_TO_PAST = 1

class ParseError(ValueError):
    code: ParseErrc
    offset: int
    def __init__(self, code: ParseErrc, offset: int, text: str) -> None: ...

class DecodeError(ValueError):
    code: DecodeErrc
    byte: int
    def __init__(self, code: DecodeErrc, byte: int) -> None: ...

class HistoryError(ValueError):
    code: HistoryErrc
    index: int
    def __init__(self, code: HistoryErrc, index: int) -> None: ...

class Snapshot:
    def __init__(self, account: Tier, improve_model: Toggle, chat: Mode,
                 rated: Optional[Feedback] = ...) -> None: ...
    @property
    def account(self) -> Tier: ...
    @property
    def improve_model(self) -> Toggle: ...
    @property
    def chat(self) -> Mode: ...
    @property
    def rated(self) -> Feedback: ...
    @property
    def is_state(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __lt__(self, other: object) -> bool: ...
    def __le__(self, other: object) -> bool: ...
    def __gt__(self, other: object) -> bool: ...
    def __ge__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Decision(NamedTuple):
    trainable: bool
    why: Reason

class Ruling(NamedTuple):
    answer: Decision
    policy_name: str

class SettingChange(NamedTuple):
    at: datetime.datetime
    account: Tier
    improve_model: Toggle

class AnswerChange(NamedTuple):
    consent_state: Snapshot
    before: Decision
    after: Decision

class BackfillReport(NamedTuple):
    rows: int
    states: int
    out_of_order: int
    no_settings: int
    broken_history: int
    not_a_time: int
    log_unsorted_at: int

# What classify reads: a numpy integer array, bytes, a memoryview, or a pyarrow Array or
# ChunkedArray of integers.
Codes = Union[npt.NDArray[np.integer], bytes, bytearray, memoryview, object]

def evaluate(s: Snapshot, policy: str = ...) -> Decision: ...
def is_trainable(s: Snapshot, policy: str = ...) -> bool: ...
def parse(text: str) -> Snapshot: ...
def encode(s: Snapshot) -> int: ...
def decode(code: int) -> Snapshot: ...
def is_trainable_code(code: int, policy: str = ...) -> bool: ...
def classify(codes: Codes, policy: str = ...,
             out: Optional[npt.NDArray[np.bool_]] = ...) -> npt.NDArray[np.bool_]: ...
def evaluate_at(s: Snapshot, captured_at: datetime.datetime) -> Ruling: ...
def check_history(changes: Iterable[SettingChange]) -> Optional[HistoryError]: ...
def state_at(changes: Iterable[SettingChange], captured_at: datetime.datetime, chat: Mode,
             withdrawal: Optional[Withdrawal] = ..., policy: str = ...) -> Optional[Snapshot]: ...
def backfill(users: npt.ArrayLike, captured_at: npt.ArrayLike, chat: Union[Mode, npt.ArrayLike],
             log_users: npt.ArrayLike, log_at: npt.ArrayLike, log_account: npt.ArrayLike,
             log_improve_model: npt.ArrayLike, withdrawal: Optional[Withdrawal] = ...,
             policy: str = ...) -> Tuple[npt.NDArray[np.uint8], BackfillReport]: ...
def audit_line(s: Snapshot, policy: str = ...,
               captured_at: Optional[datetime.datetime] = ...) -> str: ...
def diff(old: str = ..., new: str = ...) -> Sequence[AnswerChange]: ...
