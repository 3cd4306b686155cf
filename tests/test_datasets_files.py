"""The user's files: CSV (every edge case), .npz, IDX / MNIST folders, the checksum of a download.

Every bad input raises DataError naming the file and the line (1-based, header = line 1) or
field; the CSV and IDX readers are fuzzed to raise nothing else.
"""

import gzip
import hashlib
import os
import tempfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.datasets import (
    DatasetSpec,
    load_dataset,
    mnist_download,
    read_csv,
    read_idx,
    read_npz,
    write_idx,
)
from engine.errors import DataError


def write(tmp_path, text, name="data.csv", mode="w"):
    p = tmp_path / name
    if mode == "wb":
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8", newline="")
    return p


def error_of(path, **kw) -> DataError:
    with pytest.raises(DataError) as info:
        read_csv(path, **kw)
    assert str(path) in str(info.value)
    return info.value


# ------------------------------------------------------------------------------ CSV: good files
def test_csv_with_header_and_text_labels(tmp_path):
    p = write(tmp_path, "a,b,species\n1,2,virginica\n3,4,setosa\n5,6,virginica\n")
    X, y, names, tnames, classes, task = read_csv(p)
    assert X.tolist() == [[1, 2], [3, 4], [5, 6]] and X.dtype == np.float64
    assert classes == ("setosa", "virginica") and y.tolist() == [1, 0, 1] and y.dtype == np.int64
    assert names == ("a", "b") and tnames == ("species",) and task == "classification"


def test_csv_without_header_gets_default_names(tmp_path):
    p = write(tmp_path, "1,2,0\n3,4,1\n")
    X, y, names, tnames, classes, task = read_csv(p)
    assert (
        names == ("x1", "x2") and tnames == ("x3",) and classes == ("0", "1") and X.shape == (2, 2)
    )


@pytest.mark.parametrize("delim", [",", ";", "\t", "|", " ", "  "])
def test_delimiters_are_sniffed(tmp_path, delim):
    rows = [["u", "v", "w"], ["1.5", "-2", "0"], ["3", "4e-1", "1"], ["5", "6", "1"]]
    p = write(tmp_path, "\n".join(delim.join(r) for r in rows) + "\n")
    X, y, names, *_ = read_csv(p)
    assert (
        names == ("u", "v")
        and X.tolist() == [[1.5, -2], [3, 0.4], [5, 6]]
        and y.tolist() == [0, 1, 1]
    )


def test_bom_crlf_blank_lines_and_spaces(tmp_path):
    p = write(tmp_path, "\ufeffa, b ,y\r\n\r\n 1 , 2 ,0\r\n3,4,1\r\n\r\n")
    X, y, names, tnames, *_ = read_csv(p)
    assert names == ("a", "b") and tnames == ("y",) and X.tolist() == [[1, 2], [3, 4]]


def test_quoted_fields(tmp_path):
    p = write(tmp_path, '"x 1","x,2",label\n1,2,"red, dark"\n3,4,blue\n')
    X, y, names, tnames, classes, _ = read_csv(p)
    assert names == ("x 1", "x,2") and classes == ("blue", "red, dark") and y.tolist() == [1, 0]


def test_integer_labels_sort_numerically(tmp_path):
    p = write(tmp_path, "a,y\n1,10\n2,2\n3,10\n4,-1\n")
    *_, classes, task = read_csv(p)
    assert classes == ("-1", "2", "10") and task == "classification"
    y = read_csv(p)[1]
    assert y.tolist() == [2, 1, 2, 0]


def test_float_target_is_regression_and_task_override(tmp_path):
    p = write(tmp_path, "a,y\n1,0.5\n2,1.5\n")
    X, y, _, _, classes, task = read_csv(p)
    assert task == "regression" and y.shape == (2, 1) and y.dtype == np.float64 and classes == ()
    q = write(tmp_path, "a,y\n1,0\n2,1\n", "int.csv")
    assert read_csv(q, task="regression")[5] == "regression"
    assert read_csv(q, task="regression")[1].tolist() == [[0.0], [1.0]]


def test_targets_by_name_index_and_several(tmp_path):
    p = write(tmp_path, "a,b,c,d\n1,2,3,4\n5,6,7,8\n9,10,11,12.5\n")
    X, y, names, tnames, classes, task = read_csv(p, target=("b",))
    assert names == ("a", "c", "d") and tnames == ("b",) and task == "classification"
    X, y, names, tnames, classes, task = read_csv(p, target=("0", "d"))
    assert (
        names == ("b", "c") and tnames == ("a", "d") and task == "regression" and y.shape == (3, 2)
    )
    assert y[:, 1].tolist() == [4, 8, 12.5]
    assert read_csv(p, target=("-2",))[3] == ("c",)


def test_dataset_from_csv_fills_sha256_and_splits(tmp_path):
    rows = "\n".join(f"{i},{i % 7},{i % 2}" for i in range(100))
    p = write(tmp_path, "a,b,y\n" + rows + "\n")
    d = load_dataset(DatasetSpec(name="csv", path=str(p)))
    assert d.spec.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
    assert len(d.X_test) == 20 and np.bincount(d.y_test).tolist() == [10, 10]
    assert d.input_names == ("a", "b") == d.feature_names and not d.is_2d
    assert np.allclose(d.X_train.mean(0), 0)


# ------------------------------------------------------------------------------ CSV: bad files
def test_ragged_row_names_the_line(tmp_path):
    p = write(tmp_path, "a,b,y\n1,2,0\n\n3,4,5,1\n")
    e = error_of(p)
    assert e.line == 4 and "4 fields" in str(e) and "line 4" in str(e)


@pytest.mark.parametrize(
    "cell,what",
    [
        ("abc", "non-numeric"),
        ("", "empty"),
        ("nan", "NaN"),
        ("inf", "infinite"),
        ("-Infinity", "infinite"),
        (" ", "empty"),
    ],
)
def test_bad_input_cells_name_line_and_column(tmp_path, cell, what):
    p = write(tmp_path, f"a,b,y\n1,2,0\n3,4,1\n5,{cell},1\n")
    e = error_of(p)
    assert e.line == 4 and what in str(e) and "'b'" in str(e)


def test_bad_cell_without_header(tmp_path):
    p = write(tmp_path, "1,2,0\n3,x,1\n")
    e = error_of(p)
    assert e.line == 2 and "'x2'" in str(e)


@pytest.mark.parametrize("text", ["", "\n\n  \n", "a,b,y\n", "a,b,y\n\n"])
def test_empty_file_or_only_header(tmp_path, text):
    p = write(tmp_path, text)
    e = error_of(p)
    assert "empty" in str(e) or "no data rows" in str(e)


def test_binary_file(tmp_path):
    p = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", mode="wb")
    assert "binary" in str(error_of(p))
    q = write(tmp_path, bytes(range(128, 256)) * 4 + b"\x01\x02", "q.csv", mode="wb")
    assert "binary" in str(error_of(q))


def test_single_class(tmp_path):
    p = write(tmp_path, "a,y\n1,cat\n2,cat\n")
    assert "single class" in str(error_of(p))


def test_missing_column(tmp_path):
    p = write(tmp_path, "a,b,y\n1,2,0\n3,4,1\n")
    e = error_of(p, target=("label",))
    assert "'label'" in str(e) and "target" in str(e)
    assert "does not exist" in str(error_of(p, target=("7",)))
    assert "twice" in str(error_of(p, target=("y", "2")))
    assert "no input columns" in str(error_of(p, target=("a", "b", "y")))


def test_only_one_column(tmp_path):
    p = write(tmp_path, "y\n1\n2\n")
    assert "only one column" in str(error_of(p))


def test_text_target_with_regression_or_text_input(tmp_path):
    p = write(tmp_path, "a,y\n1,cat\n2,dog\n")
    e = error_of(p, task="regression")
    assert e.line == 2 and "non-numeric" in str(e)
    q = write(tmp_path, "a,b,y\n1,red,0\n2,blue,1\n", "q.csv")
    assert error_of(q).line == 2
    r = write(tmp_path, "a,b,c\n1,2,3\n4,5,6\n", "r.csv")
    assert "one target column" in str(error_of(r, target=("b", "c"), task="classification"))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        read_csv(tmp_path / "nope.csv")
    with pytest.raises(DataError, match="folder"):
        read_csv(tmp_path)


def test_error_leaves_nothing_loaded(tmp_path):
    p = write(tmp_path, "a,y\n1,0\n2,x y z\n3,\n")
    with pytest.raises(DataError):
        load_dataset(DatasetSpec(name="csv", path=str(p)))


CSV_ALPHABET = st.sampled_from(
    list("0123456789,;\t|\n\r .-+eEnaif\"'x#") + ["\x00", "é", "\ufeff", "1.5", ",,"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(CSV_ALPHABET, max_size=60).map("".join),
    target=st.one_of(st.none(), st.tuples(st.sampled_from(["0", "-1", "x1", "a", "5"]))),
    task=st.sampled_from([None, "classification", "regression"]),
)
def test_fuzz_csv_only_raises_data_error(text, target, task):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "f.csv")
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        try:
            X, y, names, tnames, classes, task_out = read_csv(p, target=target, task=task)
        except DataError:
            return
        assert X.dtype == np.float64 and np.all(np.isfinite(X)) and len(X) == len(y) > 0
        assert len(names) == X.shape[1] and task_out in ("classification", "regression")


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=200))
def test_fuzz_csv_bytes_only_raise_data_error(data):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "f.csv")
        with open(p, "wb") as f:
            f.write(data)
        try:
            read_csv(p)
        except DataError:
            pass


# ------------------------------------------------------------------------------ npz
def test_npz_round_trip_and_images(tmp_path):
    p = tmp_path / "d.npz"
    X = np.arange(40, dtype=np.float32).reshape(10, 2, 2)
    np.savez(p, X=X, y=np.array(["b", "a"] * 5))
    X2, y, names, tnames, classes, task, shape = read_npz(p)
    assert (
        X2.shape == (10, 4)
        and shape == (2, 2)
        and classes == ("a", "b")
        and y.tolist() == [1, 0] * 5
    )
    d = load_dataset(DatasetSpec(name="npz", path=str(p), normalize="none"))
    assert d.image_shape == (2, 2) and d.spec.sha256 is not None
    q = tmp_path / "r.npz"
    np.savez(q, X=np.ones((6, 3)) * np.arange(6)[:, None], y=np.linspace(0, 1, 12).reshape(6, 2))
    assert read_npz(q)[5] == "regression" and read_npz(q)[3] == ("y1", "y2")


def test_npz_refuses_pickles_and_bad_arrays(tmp_path):
    p = tmp_path / "obj.npz"
    np.savez(p, X=np.array([[1, 2], [3, 4]], dtype=object), y=np.array([0, 1]))
    with pytest.raises(DataError, match="objects"):
        read_npz(p)
    cases = {
        "noy.npz": dict(X=np.ones((2, 2))),
        "nan.npz": dict(X=np.array([[1, np.nan], [1, 2]]), y=np.array([0, 1])),
        "len.npz": dict(X=np.ones((3, 2)), y=np.array([0, 1])),
        "one.npz": dict(X=np.ones((3, 2)), y=np.zeros(3, int)),
    }
    for name, arrays in cases.items():
        np.savez(tmp_path / name, **arrays)
        with pytest.raises(DataError) as info:
            read_npz(tmp_path / name)
        assert name in str(info.value)
    (tmp_path / "junk.npz").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(DataError):
        read_npz(tmp_path / "junk.npz")


# ------------------------------------------------------------------------------ IDX
@pytest.mark.parametrize("dtype", [np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64])
@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_idx_round_trip(tmp_path, dtype, suffix):
    rng = np.random.default_rng(0)
    for shape in [(7,), (5, 3), (4, 6, 2)]:
        a = (rng.normal(size=shape) * 100).astype(dtype)
        p = tmp_path / f"a{len(shape)}-idx{suffix}"
        write_idx(p, a)
        b = read_idx(p)
        assert (
            b.dtype == np.dtype(dtype).newbyteorder("=")
            and b.shape == shape
            and np.array_equal(a, b)
        )


def test_idx_known_bytes(tmp_path):
    p = tmp_path / "lab-idx1-ubyte"
    p.write_bytes(bytes([0, 0, 8, 1, 0, 0, 0, 3, 7, 8, 9]))
    assert read_idx(p).tolist() == [7, 8, 9]
    q = tmp_path / "img-idx3-ubyte"
    q.write_bytes(bytes([0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2, 3, 4]))
    assert read_idx(q).tolist() == [[[1, 2], [3, 4]]]


@pytest.mark.parametrize(
    "data,match",
    [
        (b"", "too short"),
        (b"\x00\x00", "too short"),
        (bytes([0, 1, 8, 1, 0, 0, 0, 1, 5]), "magic"),
        (bytes([0, 0, 7, 1, 0, 0, 0, 1, 5]), "magic"),
        (b"GIF89a......", "magic"),
        (bytes([0, 0, 8, 3, 0, 0, 0, 1]), "truncated IDX header"),
        (bytes([0, 0, 8, 1, 0, 0, 0, 5, 1, 2]), "truncated IDX file"),
        (bytes([0, 0, 8, 1, 0, 0, 0, 1, 1, 2]), "after the data"),
        (bytes([0, 0, 8, 0]), "0 dimensions"),
    ],
)
def test_idx_bad_files(tmp_path, data, match):
    p = tmp_path / "bad-idx"
    p.write_bytes(data)
    with pytest.raises(DataError, match=match) as info:
        read_idx(p)
    assert str(p) in str(info.value)


def test_idx_truncated_gzip(tmp_path):
    p = tmp_path / "t.gz"
    write_idx(p, np.arange(1000, dtype=np.uint8).reshape(10, 100) % 251)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError, match="gzip"):
        read_idx(p)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=64), gz=st.booleans())
def test_fuzz_idx_only_raises_data_error(data, gz):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "f-idx")
        with open(p, "wb") as f:
            f.write(gzip.compress(data) if gz else data)
        try:
            read_idx(p)
        except DataError:
            pass


VALID_IDX = bytes([0, 0, 0x0B, 2, 0, 0, 0, 2, 0, 0, 0, 3]) + bytes(range(12))


@settings(max_examples=200, deadline=None)
@given(
    cut=st.integers(0, len(VALID_IDX)),
    flips=st.lists(st.tuples(st.integers(0, len(VALID_IDX) - 1), st.integers(0, 255)), max_size=3),
)
def test_fuzz_idx_mutations(cut, flips):
    data = bytearray(VALID_IDX)
    for i, v in flips:
        data[i] = v
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "m-idx")
        with open(p, "wb") as f:
            f.write(bytes(data[:cut]))
        try:
            read_idx(p)
        except DataError:
            pass


# ------------------------------------------------------------------------------ MNIST folder
def make_mnist(folder, n_train=30, n_test=10, gz=True, dotted=False):
    rng = np.random.default_rng(1)
    folder.mkdir(exist_ok=True)
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "train-labels-idx1-ubyte": (np.arange(n_train) % 10).astype(np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": (np.arange(n_test) % 10).astype(np.uint8),
    }
    for name, a in arrays.items():
        if dotted:
            name = name.replace("-idx", ".idx")
        write_idx(folder / (name + (".gz" if gz else "")), a)
    return arrays


@pytest.mark.parametrize("gz,dotted", [(True, False), (False, False), (False, True)])
def test_mnist_folder(tmp_path, gz, dotted):
    arrays = make_mnist(tmp_path / "m", gz=gz, dotted=dotted)
    d = load_dataset(DatasetSpec(name="mnist", path=str(tmp_path / "m"), normalize="none"))
    assert (
        d.image_shape == (28, 28) and d.X_train.shape == (30, 784) and d.X_test.shape == (10, 784)
    )
    assert np.array_equal(d.raw_train.reshape(30, 28, 28), arrays["train-images-idx3-ubyte"])
    assert np.array_equal(d.y_train, np.arange(30) % 10) and d.n_classes == 10
    f = load_dataset(DatasetSpec(name="fashion-mnist", path=str(tmp_path / "m"), limit=12))
    assert f.X_train.shape == (12, 784) and f.class_names[9] == "Ankle boot"


def test_mnist_folder_errors(tmp_path):
    with pytest.raises(DataError, match="no such folder"):
        load_dataset(DatasetSpec(name="mnist", path=str(tmp_path / "none")))
    make_mnist(tmp_path / "m")
    os.remove(tmp_path / "m" / "t10k-labels-idx1-ubyte.gz")
    with pytest.raises(DataError, match="missing t10k-labels"):
        load_dataset(DatasetSpec(name="mnist", path=str(tmp_path / "m")))
    write_idx(tmp_path / "m" / "t10k-labels-idx1-ubyte.gz", np.zeros(3, np.uint8))
    with pytest.raises(DataError, match="expected 10 labels"):
        load_dataset(DatasetSpec(name="mnist", path=str(tmp_path / "m")))


def test_download_checksum_logic_without_network(tmp_path, monkeypatch):
    f = tmp_path / "x.gz"
    f.write_bytes(b"hello")
    good = hashlib.sha256(b"hello").hexdigest()
    mnist_download.verify(f, good)
    with pytest.raises(DataError, match="SHA-256 mismatch"):
        mnist_download.verify(f, "0" * 64)
    folder = tmp_path / "cache" / "mnist"
    folder.mkdir(parents=True)
    (folder / "a.gz").write_bytes(b"hello")
    monkeypatch.setattr(
        mnist_download, "SOURCES", {"mnist": ("http://127.0.0.1:9/", {"a.gz": good})}
    )

    def no_network(*a, **k):
        raise AssertionError("must not download a file that is already there and valid")

    monkeypatch.setattr(mnist_download.urllib.request, "urlopen", no_network)
    assert mnist_download.download("mnist", cache_dir=tmp_path / "cache") == folder
    with pytest.raises(DataError, match="name"):
        mnist_download.download("cifar", cache_dir=tmp_path / "cache")
    for digests in (mnist_download.SOURCES["mnist"][1],):
        assert all(len(h) == 64 for h in digests.values())


# ------------------------------------------------------------------------------ CSV fast path
from engine.datasets.fastparse import parse_plain_decimal  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(st.floats(-1e9, 1e9, allow_nan=False), min_size=3, max_size=30),
    fmt=st.sampled_from(["%.6f", "%.3f", "%.0f", "%.10f", "%+.2f", "%.1f", "%.12f"]),
)
def test_fast_path_gives_the_same_doubles_as_float(values, fmt):
    tokens = [fmt % v for v in values][: len(values) // 3 * 3]
    body = "\n".join(",".join(tokens[i : i + 3]) for i in range(0, len(tokens), 3)).encode()
    got = parse_plain_decimal(body, ",", 3)
    if any(len(t) > 17 for t in tokens):  # longer tokens go to np.loadtxt
        assert got is None
        return
    expected = np.array([float(t) for t in tokens]).reshape(-1, 3)
    assert got is not None and np.array_equal(got, expected)
    assert np.array_equal(np.signbit(got), np.signbit(expected))


@pytest.mark.parametrize(
    "body",
    [
        b"1,,2",
        b"1,a,2",
        b"1e5,2,3",
        b"1,2",
        b"1.2.3,4,5",
        b"-,1,2",
        b"1-2,3,4",
        b"1,2,3\n\n4,5,6",
        b" 1,2,3",
        b"1,2,3\n4,5",
    ],
)
def test_fast_path_declines_what_it_does_not_parse(body):
    assert parse_plain_decimal(body, ",", 3) is None


def test_fast_and_careful_paths_agree(tmp_path):
    rows = [f"{i * 0.37 - 5:.4f},{(-1) ** i * i / 7:.6f},{i % 3}" for i in range(60)]
    fast = write(tmp_path, "a,b,y\n" + "\n".join(rows) + "\n", "fast.csv")
    careful = write(tmp_path, "a,b,y\n" + "\n".join(r + " " for r in rows) + "\n", "careful.csv")
    slowest = write(tmp_path, '"a","b","y"\n' + "\n".join(rows) + "\n", "quoted.csv")
    results = [read_csv(p) for p in (fast, careful, slowest)]
    for r in results[1:]:
        assert np.array_equal(r[0], results[0][0]) and np.array_equal(r[1], results[0][1])
        assert r[2:] == results[0][2:]


def test_csv_values_too_large_to_normalize_name_line_and_column(tmp_path):
    # 1e308 is finite, but its square (and the column's standard deviation) overflow
    p = write(tmp_path, "a,b,label\n1,2,0\n\n3,1e308,1\n4,5,0\n2,2,1\n")
    err = error_of(p)
    assert err.line == 4 and "'b'" in str(err) and "1e+308" in str(err)
    q = write(tmp_path, "a,price\n1,1e200\n2,3\n3,4\n", name="reg.csv")
    err = error_of(q, task="regression")
    assert err.line == 2 and "'price'" in str(err)


def test_a_gzip_idx_bomb_is_refused_from_its_header_before_inflating(tmp_path, monkeypatch):
    """A small .gz declaring gigabytes is refused before any of it is inflated."""
    import engine.datasets.idx as idx

    inflated = []
    real_read = gzip.GzipFile.read

    def counting_read(self, size=-1):
        out = real_read(self, size)
        inflated.append(len(out))
        return out

    monkeypatch.setattr(gzip.GzipFile, "read", counting_read)
    header = bytes([0, 0, 0x08, 3]) + np.array([100_000, 300, 300], ">u4").tobytes()
    p = tmp_path / "bomb-idx3-ubyte.gz"
    with gzip.open(p, "wb") as f:  # 9 GB declared; a megabyte of zeros actually there
        f.write(header + bytes(2**20))
    assert p.stat().st_size < 20_000
    with pytest.raises(DataError, match=r"9\.0 GB of data, more than the 2\.1 GB"):
        read_idx(p)
    assert sum(inflated) <= 4 + 12  # the header only
    # within the limit, a stream that ends early is truncated, not read past its declaration
    monkeypatch.setattr(idx, "MAX_BYTES", 10 * 2**20)
    small = bytes([0, 0, 0x08, 1]) + np.array([5 * 2**20], ">u4").tobytes()
    with gzip.open(p, "wb") as f:
        f.write(small + bytes(2**20))
    with pytest.raises(DataError, match="truncated IDX file"):
        read_idx(p)
