"""Optional download of MNIST / Fashion-MNIST into the user's cache folder, checked by SHA-256.

For machines that are online; the app never needs it (the user can point at a folder of IDX
files instead). Tests check the checksum logic only, never the network.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import urllib.request
from pathlib import Path

from engine.errors import DataError

CACHE_DIR = Path.home() / ".cache" / "backprop-lab"

#: dataset → (base URL, {file name: sha256})
SOURCES = {
    "mnist": (
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
        {
            "train-images-idx3-ubyte.gz": "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
            "train-labels-idx1-ubyte.gz": "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
            "t10k-images-idx3-ubyte.gz": "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
            "t10k-labels-idx1-ubyte.gz": "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
        },
    ),
    "fashion-mnist": (
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
        {
            "train-images-idx3-ubyte.gz": "08dc20ab1689590a0bcd66e874647b6ee8464e2d501b5a3f1f78831db19a3fdc",
            "train-labels-idx1-ubyte.gz": "b0197879cbda89f3dc7b894f9fd52b858e68ea4182b6947c9d8c2b67e5f18dcc",
            "t10k-images-idx3-ubyte.gz": "78dcbbfb5a27efaf1b6c1d616caca68560be8766c5bffcb2791df9273a534229",
            "t10k-labels-idx1-ubyte.gz": "42bd18137a62d5998cdeae52bf3a0676ac6b706f5cf8439b47bb5b151ae3dccf",
        },
    ),
}


def sha256_of(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(path, expected: str) -> None:
    """DataError unless the file's SHA-256 is ``expected``."""
    try:
        got = sha256_of(path)
    except OSError as e:
        raise DataError(f"cannot read the file: {e.strerror or e}", path=path) from None
    if got != expected.lower():
        raise DataError(
            f"SHA-256 mismatch: expected {expected}, got {got} (damaged or wrong file)", path=path
        )


def download(name: str = "mnist", cache_dir=None, progress=None, timeout: float = 60.0) -> Path:
    """Download the four IDX files of ``name`` (mnist | fashion-mnist) into
    ``cache_dir/name`` (default ~/.cache/backprop-lab/NAME), verify each by SHA-256 and return the
    folder. Files already there with the right checksum are kept. ``progress(file, done, total)``
    is called as bytes arrive. A file that fails its check is deleted and DataError raised."""
    if name not in SOURCES:
        raise DataError(f"name: no download for {name!r}; use one of {', '.join(SOURCES)}")
    base, files = SOURCES[name]
    folder = Path(cache_dir) if cache_dir is not None else CACHE_DIR
    folder = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    for fname, digest in files.items():
        target = folder / fname
        if target.is_file():
            try:
                verify(target, digest)
                continue
            except DataError:
                target.unlink()
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with (
                os.fdopen(fd, "wb") as out,
                urllib.request.urlopen(base + fname, timeout=timeout) as resp,
            ):
                total = int(resp.headers.get("Content-Length") or 0)
                done = 0
                while chunk := resp.read(1 << 16):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(fname, done, total)
            verify(tmp, digest)
            os.replace(tmp, target)
        except OSError as e:
            raise DataError(f"download failed: {e}", path=base + fname) from None
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return folder
