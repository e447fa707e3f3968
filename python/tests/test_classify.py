"""classify on every buffer it reads: each integer dtype and byte order, strided views, offsets,
bytes, memoryview, pyarrow arrays and chunked arrays, out=, threads; against evaluate(decode(b))."""
from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import consent

INTEGER_DTYPES = [np.dtype(t) for t in ("i1", "u1", "i2", "u2", "i4", "u4", "i8", "u8")]
INTEGER_DTYPES += [d.newbyteorder(">") for d in INTEGER_DTYPES if d.itemsize > 1]


def oracle(values, policy):
    """The answer for each value, from the scalar calls: a code outside 0..255, or one that does
    not decode, is not trainable."""
    out = []
    for v in np.asarray(values).ravel().tolist():
        try:
            out.append(bool(consent.evaluate(consent.decode(int(v)), policy)))
        except consent.DecodeError:
            out.append(False)
    return np.array(out, dtype=bool).reshape(np.shape(values))


@pytest.mark.parametrize("dtype", INTEGER_DTYPES, ids=str)
@pytest.mark.parametrize("policy", consent.POLICIES)
def test_every_dtype_every_value(dtype, policy):
    info = np.iinfo(dtype)
    values = np.array(list(range(max(info.min, -300), min(info.max, 600) + 1)) +
                      [int(info.min), int(info.max)], dtype=dtype)
    got = consent.classify(values, policy=policy)
    assert got.dtype == np.bool_ and got.shape == values.shape
    assert np.array_equal(got, oracle(values, policy))
    # never narrowed: 256 + 128 is not 128
    if info.max >= 384:
        assert not consent.classify(np.array([384], dtype=dtype))[0]
        assert consent.classify(np.array([128], dtype=dtype))[0]


def test_bytes_memoryview_and_bytearray():
    data = bytes(range(256))
    expected = oracle(np.frombuffer(data, dtype=np.uint8), consent.DEFAULT_POLICY)
    for codes in (data, bytearray(data), memoryview(data), memoryview(data)[::3]):
        got = consent.classify(codes)
        want = expected if not isinstance(codes, memoryview) or codes.strides == (1,) else expected[::3]
        assert np.array_equal(got, want)


def test_strided_views_and_offsets_are_read_in_place():
    base = np.arange(-50, 400, dtype=np.int32).reshape(15, 30)
    for view in (base[::2, 1::3], base.T, base[3:, ::-1], base[:, 5]):
        assert np.array_equal(consent.classify(view), oracle(view, consent.DEFAULT_POLICY))
    assert consent.classify(np.array(128, dtype=np.uint8)).shape == ()


def test_out_writes_into_the_callers_array():
    codes = np.arange(256, dtype=np.uint8)
    out = np.zeros(256, dtype=bool)
    assert consent.classify(codes, out=out) is out
    assert np.array_equal(out, oracle(codes, consent.DEFAULT_POLICY))
    strided_out = np.zeros(512, dtype=bool)[::2]
    consent.classify(codes, out=strided_out)
    assert np.array_equal(strided_out, out)
    with pytest.raises(ValueError, match="shape"):
        consent.classify(codes, out=np.zeros(255, dtype=bool))
    with pytest.raises(TypeError, match="bool"):
        consent.classify(codes, out=np.zeros(256, dtype=np.uint8))
    with pytest.raises(TypeError):
        consent.classify(codes, out=np.zeros(256, dtype=bool)[::1].view(np.int8))
    read_only = np.zeros(256, dtype=bool)
    read_only.flags.writeable = False
    with pytest.raises(TypeError):
        consent.classify(codes, out=read_only)
    overlapping = np.zeros(300, dtype=np.uint8)
    with pytest.raises(ValueError, match="overlaps"):
        consent.classify(overlapping[:256], out=overlapping[10:266].view(bool))


def test_refuses_what_is_not_integers():
    for codes in (np.zeros(4, dtype=np.float64), np.zeros(4, dtype=np.float16),
                  np.zeros(4, dtype=bool), np.array(["128"]), np.array([b"x"]),
                  np.array([128, None], dtype=object), np.zeros(2, dtype=np.complex64),
                  np.zeros(2, dtype="datetime64[s]"), [128, 130], (128,), "128", 128, None):
        with pytest.raises(TypeError):
            consent.classify(codes)


def test_pyarrow_arrays_and_chunked_arrays():
    pa = pytest.importorskip("pyarrow")
    values = [128, None, 300, -1, 130, None, 0, 200]
    expected = np.array([v is not None and bool(oracle(np.array([v]), consent.DEFAULT_POLICY)[0])
                         for v in values])
    for type_ in (pa.int8(), pa.int16(), pa.int32(), pa.int64(), pa.uint16(), pa.uint64()):
        fitting = [v if v is None or _fits(v, type_) else None for v in values]
        array = pa.array(fitting, type=type_)
        want = np.array([v is not None and bool(oracle(np.array([v]), consent.DEFAULT_POLICY)[0])
                         for v in fitting])
        assert np.array_equal(consent.classify(array), want), type_
        sliced = array.slice(3, 4)  # an offset into the buffers
        assert np.array_equal(consent.classify(sliced), want[3:7]), type_
    chunked = pa.chunked_array([pa.array(values[:3], pa.int64()), pa.array(values[3:], pa.int64())])
    assert np.array_equal(consent.classify(chunked), expected)
    with pytest.raises(TypeError):
        consent.classify(pa.array([1.5, 2.0]))
    with pytest.raises(TypeError):
        consent.classify(pa.array(["128"]))


def _fits(v, type_):
    import pyarrow as pa

    if pa.types.is_unsigned_integer(type_):
        return 0 <= v < 2 ** type_.bit_width
    return -(2 ** (type_.bit_width - 1)) <= v < 2 ** (type_.bit_width - 1)


def test_four_threads_on_shared_input_agree():
    codes = np.random.default_rng(3).integers(0, 256, size=4 << 20).astype(np.uint8)
    expected = consent.classify(codes)
    results = [None] * 4

    def work(k):
        results[k] = [consent.classify(codes, policy=consent.POLICIES[k % 2]) for _ in range(5)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latest = consent.classify(codes, policy=consent.LATEST_POLICY)
    for k, runs in enumerate(results):
        for got in runs:
            assert np.array_equal(got, expected if k % 2 == 0 else latest)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(INTEGER_DTYPES).flatmap(
    lambda d: hnp.arrays(d, hnp.array_shapes(max_dims=3, max_side=9),
                         elements=st.integers(np.iinfo(d).min, np.iinfo(d).max))),
       st.integers(0, 2), st.integers(1, 3), st.sampled_from(consent.POLICIES))
def test_classify_is_evaluate_of_decode(values, offset, step, policy):
    view = values.reshape(-1)[offset::step]
    assert np.array_equal(consent.classify(view, policy=policy), oracle(view, policy))
    assert np.array_equal(consent.classify(values, policy=policy), oracle(values, policy))
