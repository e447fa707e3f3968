"""Every byte and every text of the shared vectors, under both policies: the package answers as
the C++ tests say the headers do."""
from __future__ import annotations

import numpy as np
import pytest

import consent


@pytest.mark.parametrize("policy", consent.POLICIES)
def test_every_byte(byte_vectors, policy):
    codes = np.arange(256, dtype=np.uint8)
    classified = consent.classify(codes, policy=policy)
    for row in byte_vectors:
        byte = int(row["byte"])
        trainable = row[f"trainable {policy}"] == "1"
        assert consent.is_trainable_code(byte, policy=policy) is trainable, byte
        assert bool(classified[byte]) is trainable, byte
        if row["decodes"] == "ok":
            s = consent.decode(byte)
            assert str(s) == row["text"]
            assert consent.encode(s) == byte
            d = consent.evaluate(s, policy=policy)
            assert d == consent.Decision(trainable, consent.Reason[row[f"reason {policy}"].upper()])
        else:
            with pytest.raises(consent.DecodeError) as error:
                consent.decode(byte)
            assert str(error.value.code) == row["decodes"]
            assert error.value.byte == byte


@pytest.mark.parametrize("policy", consent.POLICIES)
def test_every_text(text_vectors, policy):
    for row in text_vectors:
        text = row["text"]
        if row["parses"] == "ok":
            s = consent.parse(text)
            assert consent.encode(s) == int(row["byte"])
            d = consent.evaluate(s, policy=policy)
            assert d.trainable is (row[f"trainable {policy}"] == "1"), text
            assert str(d.why) == row[f"reason {policy}"], text
        else:
            with pytest.raises(consent.ParseError) as error:
                consent.parse(text)
            assert str(error.value.code) == row["parses"], text
            assert error.value.offset == int(row["error_offset"]), text
