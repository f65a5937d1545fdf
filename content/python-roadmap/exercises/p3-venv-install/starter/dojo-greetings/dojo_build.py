"""A build backend that turns this folder into a wheel, with only the
standard library.  pip calls build_wheel() when you run

    python -m pip wheel --no-build-isolation --no-deps --no-index -w wheels dojo-greetings

A wheel is a zip file: the package's files, plus a folder NAME-VERSION.dist-info
that says what the package is (METADATA), how it was built (WHEEL) and what
it holds (RECORD, with a hash of every file).  The name and the version of
the package are set here.
"""

import base64
import hashlib
import os
import zipfile

NAME = "dojo_greetings"
DISTRIBUTION = "dojo-greetings"
VERSION = "1.0.0"
TAG = "py3-none-any"
# A fixed time for every file in the zip: the same source gives the same wheel.
WHEN = (2026, 1, 1, 0, 0, 0)

HERE = os.path.dirname(os.path.abspath(__file__))


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")
    return f"{path},sha256={digest},{len(data)}"


def _metadata() -> bytes:
    text = (
        "Metadata-Version: 2.1\n"
        f"Name: {DISTRIBUTION}\n"
        f"Version: {VERSION}\n"
        "Summary: Friendly greetings, for Dojo's lesson on venv and pip\n"
        "Requires-Python: >=3.10\n"
    )
    return text.encode("utf-8")


def _wheel_info() -> bytes:
    text = (
        "Wheel-Version: 1.0\n"
        "Generator: dojo_build 1.0\n"
        "Root-Is-Purelib: true\n"
        f"Tag: {TAG}\n"
    )
    return text.encode("utf-8")


def _package_files() -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    folder = os.path.join(HERE, NAME)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            with open(os.path.join(folder, name), "rb") as f:
                files.append((f"{NAME}/{name}", f.read()))
    return files


def get_requires_for_build_wheel(config_settings: object = None) -> list[str]:
    return []


def build_wheel(wheel_directory: str, config_settings: object = None,
                metadata_directory: object = None) -> str:
    info = f"{NAME}-{VERSION}.dist-info"
    files = _package_files()
    files.append((f"{info}/METADATA", _metadata()))
    files.append((f"{info}/WHEEL", _wheel_info()))
    record = [_record_line(path, data) for path, data in files]
    record.append(f"{info}/RECORD,,")
    files.append((f"{info}/RECORD", ("\n".join(record) + "\n").encode("utf-8")))

    wheel_name = f"{NAME}-{VERSION}-{TAG}.whl"
    os.makedirs(wheel_directory, exist_ok=True)
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w",
                         zipfile.ZIP_DEFLATED) as wheel:
        for path, data in files:
            entry = zipfile.ZipInfo(path, date_time=WHEN)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(entry, data)
    return wheel_name
