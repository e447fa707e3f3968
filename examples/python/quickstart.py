"""The README's Python quick start: a state, its answer, its text and code, and a column of codes
classified at once."""
import numpy as np

import consent
from consent import Mode, Tier, Toggle

s = consent.Snapshot(Tier.PLUS, Toggle.OFF, Mode.STANDARD)
d = consent.evaluate(s)  # Decision(trainable=False, why=Reason.OPTED_OUT)
assert not d and d.why is consent.Reason.OPTED_OUT
assert consent.parse(str(s)) == s and consent.decode(consent.encode(s)) == s

codes = np.array([consent.encode(s), 128, 130, 7, 999], dtype=np.int64)  # a column of stored codes
keep = consent.classify(codes)  # numpy bool array: 128 and 130 train, the rest do not
assert keep.tolist() == [False, True, True, False, False]
print(f"{s}: {d}; {int(keep.sum())} of {len(codes)} codes may be trained on")
