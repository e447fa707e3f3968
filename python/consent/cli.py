"""The `consent` command. `consent filter` does an export's job: the trainable rows of a Parquet file
(or a folder of them) into a Parquet file, every column kept; an audit log with one line per kept
row (docs/audit.md); and a summary by reason on stdout.

It reads one row group at a time, so its memory stays near one row group's whatever the file's
size; it writes each output to a temporary file beside it, renamed into place only once everything
is written, so a failure (or a kill) never leaves a partial output where the output belongs.
Exit status 0 on success, 2 for a problem with what it was given (a missing column, a column of the
wrong type, an unreadable file, an unknown policy), with a message naming it.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import tempfile
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import numpy as np

import consent
from consent import _core

_NO_POLICY = 255


class Refused(Exception):
    """What was given cannot be filtered: the message says why (exit status 2)."""


def _parquet_files(path: str) -> List[str]:
    if os.path.isdir(path):
        files = sorted(os.path.join(path, name) for name in os.listdir(path)
                       if name.endswith(".parquet") and not name.startswith("."))
        if not files:
            raise Refused(f"{path}: a folder with no .parquet file")
        return files
    if not os.path.exists(path):
        raise Refused(f"{path}: no such file or folder")
    return [path]


def _open(path: str) -> Any:
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except Exception as error:  # pyarrow's errors for unreadable files vary by cause
        raise Refused(f"{path}: not a readable Parquet file ({error})") from None


def _column_type(schema: Any, name: Optional[str], option: str) -> Any:
    if name is None:
        return None
    index = schema.get_field_index(name)
    if index < 0:
        raise Refused(f"{option} {name!r}: no such column (the columns are "
                      f"{', '.join(schema.names)})")
    return schema.field(index).type


def _check_types(schema: Any, options: argparse.Namespace) -> None:
    import pyarrow as pa

    code = _column_type(schema, options.code_column, "--code-column")
    if code is not None and not pa.types.is_integer(code):
        raise Refused(f"--code-column {options.code_column!r} is {code}, not an integer column")
    state = _column_type(schema, options.state_column, "--state-column")
    if state is not None and not (pa.types.is_string(state) or pa.types.is_large_string(state)
                                  or pa.types.is_dictionary(state)
                                  and pa.types.is_string(state.value_type)):
        raise Refused(f"--state-column {options.state_column!r} is {state}, not a string column")
    when = _column_type(schema, options.captured_at_column, "--captured-at-column")
    if when is not None and not (pa.types.is_timestamp(when) and when.tz is not None):
        raise Refused(f"--captured-at-column {options.captured_at_column!r} is {when}: a "
                      f"timestamp with a time zone (UTC) is needed; a naive one names no instant")


def _codes(batch: Any, options: argparse.Namespace) -> Any:
    """The batch's codes as int64: a code column as it is (NULL is no code), or the code of each
    state text (a text that is not exactly a state's has none)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if options.code_column is not None:
        column = batch.column(options.code_column)
        wide = pc.cast(column, pa.int64(), safe=False) if column.type != pa.int64() else column
        codes = pc.fill_null(wide, -1).to_numpy() if wide.null_count else wide.to_numpy()
        if pa.types.is_unsigned_integer(column.type) and column.type.bit_width == 64:
            # values past INT64_MAX wrapped in the cast: they are no code
            big = pc.greater(column, pa.scalar(2 ** 63 - 1, pa.uint64())).to_numpy(zero_copy_only=False)
            codes = np.where(big, -1, codes)
        return np.ascontiguousarray(codes, dtype=np.int64)
    column = batch.column(options.state_column).combine_chunks()
    encoded = pc.dictionary_encode(column) if not pa.types.is_dictionary(column.type) else column
    texts = encoded.dictionary.to_pylist()
    table = np.array([_code_of_text(text) for text in texts] + [-1], dtype=np.int64)
    # A NULL state is no state: the last entry of the table, -1.
    indices = pc.fill_null(encoded.indices, len(texts)).to_numpy(zero_copy_only=False)
    return np.ascontiguousarray(table[indices])


def _code_of_text(text: str) -> int:
    try:
        return consent.encode(consent.parse(text))
    except consent.ParseError:
        return -1


def _micros(batch: Any, options: argparse.Namespace) -> Optional[Any]:
    import pyarrow as pa
    import pyarrow.compute as pc

    if options.captured_at_column is None:
        return None
    column = pc.cast(batch.column(options.captured_at_column), pa.timestamp("us", tz="UTC"))
    # A NULL capture time is no instant: before every policy, so nothing governs it.
    values = pc.fill_null(pc.cast(column, pa.int64()), np.iinfo(np.int64).min)
    return np.ascontiguousarray(values.to_numpy(zero_copy_only=False), dtype=np.int64)


class _Summary:
    def __init__(self) -> None:
        self.rows = 0
        self.kept = 0
        self.by_reason: Dict[Tuple[int, bool], int] = {}

    def add(self, trainable: Any, why: Any) -> None:
        self.rows += len(trainable)
        self.kept += int(np.count_nonzero(trainable))
        pairs, counts = np.unique(why.astype(np.int64) * 2 + trainable, return_counts=True)
        for pair, count in zip(pairs.tolist(), counts.tolist()):
            key = (pair // 2, bool(pair % 2))
            self.by_reason[key] = self.by_reason.get(key, 0) + count

    def text(self) -> str:
        lines = [f"kept {self.kept} of {self.rows} rows", "", "| reason | decision | rows |",
                 "|---|---|---|"]
        for (why, trainable), count in sorted(self.by_reason.items()):
            lines.append(f"| {consent.Reason(why)} | {'trainable' if trainable else 'refused'} "
                         f"| {count} |")
        return "\n".join(lines) + "\n"


class _AtomicFile:
    """A file written beside its destination under a hidden name, renamed onto it on commit and
    removed otherwise."""

    def __init__(self, destination: str, mode: Optional[str]) -> None:
        self.destination = destination
        directory = os.path.dirname(os.path.abspath(destination))
        try:
            descriptor, self.path = tempfile.mkstemp(
                dir=directory, prefix=f".{os.path.basename(destination)}.", suffix=".partial")
        except OSError as error:
            raise Refused(f"{destination}: cannot be written ({error.strerror})") from None
        # With no mode, the caller writes to self.path itself (pyarrow's writer).
        self.file: Any = os.fdopen(descriptor, mode) if mode else None
        if mode is None:
            os.close(descriptor)

    def commit(self) -> None:
        if self.file is not None:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
        os.replace(self.path, self.destination)

    def discard(self) -> None:
        if self.file is not None:
            self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path)


def _progress(total: int) -> Any:
    """A progress bar on a terminal; nothing at all when stderr is not one."""
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit=" rows", unit_scale=True, file=sys.stderr)


def _row_groups(files: Sequence[Any]) -> Iterator[Any]:
    for parquet in files:
        for index in range(parquet.num_row_groups):
            yield parquet.read_row_group(index)


def run_filter(options: argparse.Namespace) -> _Summary:
    import pyarrow.parquet as pq

    if (options.code_column is None) == (options.state_column is None):
        raise Refused("name exactly one of --code-column and --state-column")
    try:
        policy = consent._policy_index(options.policy)
    except ValueError as error:
        raise Refused(str(error).replace("consent: ", "--policy: ")) from None
    if options.captured_at_column is not None and options.policy != consent.DEFAULT_POLICY:
        raise Refused("--captured-at-column decides each row under the policy in force then; "
                      "--policy does not go with it")
    paths = _parquet_files(options.input)
    files = [_open(path) for path in paths]
    schema = files[0].schema_arrow
    for parquet, path in zip(files[1:], paths[1:]):
        if not parquet.schema_arrow.equals(schema):
            raise Refused(f"{path}: its columns differ from the first file's")
    _check_types(schema, options)

    summary = _Summary()
    out = _AtomicFile(options.out, None)
    audit = _AtomicFile(options.audit, "w") if options.audit else None
    lines: Dict[Tuple[int, int], str] = {}
    bar = _progress(sum(p.metadata.num_rows for p in files))
    writer = None
    try:
        writer = pq.ParquetWriter(out.path, schema)
        for group in _row_groups(files):
            codes = _codes(group, options)
            trainable = np.empty(len(codes), dtype=np.uint8)
            why = np.empty(len(codes), dtype=np.uint8)
            governing = np.empty(len(codes), dtype=np.uint8)
            _core.decide_rows(policy, codes, _micros(group, options), trainable, why, governing)
            keep = trainable.view(bool)
            writer.write_table(group.filter(keep))
            summary.add(keep, why)
            if audit is not None:
                for code, index in zip(codes[keep].tolist(), governing[keep].tolist()):
                    line = lines.get((code, index))
                    if line is None:
                        state = _core.decode(code)[0]
                        line = lines[(code, index)] = _core.audit_line(index, state) + "\n"
                    audit.file.write(line)
            if bar is not None:
                bar.update(len(codes))
        writer.close()
        writer = None
        out.commit()
        if audit is not None:
            audit.commit()
    except BaseException:
        if writer is not None:
            writer.close()
        out.discard()
        if audit is not None:
            audit.discard()
        raise
    finally:
        if bar is not None:
            bar.close()
    return summary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="consent", description="The consent SDK's command.")
    commands = parser.add_subparsers(dest="command", required=True)
    filter_ = commands.add_parser(
        "filter", help="keep the trainable rows of a Parquet export",
        description="Writes the rows of INPUT (a Parquet file, or a folder of them) whose consent "
                    "state may be used for training to --out, every column kept; with --audit, "
                    "one audit line (docs/audit.md) per kept row; a summary by reason on stdout. "
                    "Streams row groups; writes atomically. Exit status 2 names what was wrong "
                    "with what it was given.")
    filter_.add_argument("input", help="a Parquet file, or a folder of .parquet files")
    which = filter_.add_argument_group("the state of each row (exactly one)")
    which.add_argument("--code-column", help="an integer column of wire codes (docs/wire-format.md)")
    which.add_argument("--state-column", help='a text column of states ("plus/off/standard")')
    filter_.add_argument("--policy", default=consent.DEFAULT_POLICY,
                         help=f"the policy to decide under: {', '.join(consent.POLICIES)} "
                              f"(default {consent.DEFAULT_POLICY})")
    filter_.add_argument("--captured-at-column",
                         help="a timestamp column (with a time zone): decide each row under the "
                              "published policy in force when it was captured")
    filter_.add_argument("--out", required=True, help="the Parquet file of the trainable rows")
    filter_.add_argument("--audit", help="the audit log: one line per kept row")
    return parser


def _interrupted(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def main(argv: Optional[Sequence[str]] = None) -> int:
    options = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupted)  # a terminated run removes its partial files
    try:
        summary = run_filter(options)
    except Refused as problem:
        print(f"consent filter: {problem}", file=sys.stderr)
        return 2
    sys.stdout.write(summary.text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
