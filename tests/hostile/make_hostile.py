"""Hostile and broken input files for the robustness tests (deterministic).

Each ``make_*`` function writes one file (or directory) into ``folder`` and
returns its path. ``CASES`` maps a case name to (maker, expectation) where the
expectation is "error" (exit 2 with ``files[i].error`` set) or "lint" (the file
is really readable and is linted normally). Used by ``tests/test_hostile.py``
and ``bench/hostile.py``.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import tempfile
import time
import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_requests"
DOCX_SAMPLE = SAMPLES / "complete_uk_to_ke.docx"
PDF_SAMPLE = SAMPLES / "complete_de_to_us.pdf"
GOOD_SAMPLE = SAMPLES / "terse_non_native.txt"

CANARY_TEXT = "CANARY-SECRET-7f3a9c-do-not-leak"
CORRUPT_TEXT = "CORRUPT-DOC-TEXT-5b21e8"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

REQUEST_PARAGRAPH = (
    "The Central Authority of the Requesting State presents its compliments and requests "
    "assistance under the Convention in obtaining bank records of the account held by the "
    "suspect at the First National Bank for the period 1 January 2021 to 31 December 2022. "
)


# -- helpers ---------------------------------------------------------------


def _docx_with_document(path: Path, document_xml: bytes, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A copy of a real sample .docx whose word/document.xml is replaced."""
    with zipfile.ZipFile(DOCX_SAMPLE) as src, zipfile.ZipFile(path, "w", compression) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info.filename)
            dst.writestr(info.filename, data)
    return path


def _body(inner: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{inner}</w:body></w:document>'
    ).encode()


def _raw_pdf(objects: list[bytes], root: int = 1, *, xref: bool = True) -> bytes:
    """A PDF from numbered object bodies (1-based), with a correct xref table unless ``xref`` is False."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    if xref:
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
    else:
        out.write(b"xref\n0 3\nGARBAGE GARBAGE\n0000000zz9 00000 q \n")
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, start))
    return out.getvalue()


def _text_stream(text: str) -> bytes:
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


# -- generic broken files --------------------------------------------------


def make_empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def _random_bytes(seed: int, size: int = 64 * 1024) -> bytes:
    rng = random.Random(seed)
    data = bytearray(rng.getrandbits(8) for _ in range(size))
    # make sure no byte order mark or magic number makes it look like text/zip/pdf by chance
    data[:4] = b"\x9f\x00\xfe\x81"
    return bytes(data)


def make_random_docx(folder: Path) -> Path:
    path = folder / "random.docx"
    path.write_bytes(_random_bytes(1))
    return path


def make_random_pdf(folder: Path) -> Path:
    path = folder / "random.pdf"
    path.write_bytes(_random_bytes(2))
    return path


def make_random_txt(folder: Path) -> Path:
    path = folder / "random.txt"
    path.write_bytes(_random_bytes(3))
    return path


def make_truncated_docx(folder: Path) -> Path:
    path = folder / "truncated.docx"
    data = DOCX_SAMPLE.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def make_truncated_pdf(folder: Path) -> Path:
    path = folder / "truncated.pdf"
    data = PDF_SAMPLE.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def make_docx_named_pdf(folder: Path) -> Path:
    path = folder / "really_docx.pdf"
    shutil.copyfile(DOCX_SAMPLE, path)
    return path


def make_pdf_named_docx(folder: Path) -> Path:
    path = folder / "really_pdf.docx"
    shutil.copyfile(PDF_SAMPLE, path)
    return path


def make_directory_named_docx(folder: Path) -> Path:
    path = folder / "folder_named.docx"
    path.mkdir()
    return path


def make_missing(folder: Path) -> Path:
    return folder / "does_not_exist.docx"


def make_unreadable(folder: Path) -> Path:
    path = folder / "no_permission.txt"
    shutil.copyfile(GOOD_SAMPLE, path)
    path.chmod(0)
    return path


# -- OOXML / XML attacks -------------------------------------------------------


def make_zip_bomb(folder: Path, size: int = 1024**3 + 1, name: str = "zip_bomb.docx") -> Path:
    """A .docx whose word/document.xml inflates to ``size`` bytes (default just over 1 GiB).

    The zeros are streamed through the compressor, so building it needs little
    memory (a 1 GiB part takes a few seconds and compresses to about 1 MiB).
    """
    path = folder / name
    with zipfile.ZipFile(DOCX_SAMPLE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
        chunk = b"\0" * (1024 * 1024)
        with dst.open("word/document.xml", "w", force_zip64=True) as part:
            left = size
            while left > 0:
                part.write(chunk[: min(left, len(chunk))])
                left -= min(left, len(chunk))
    return path


def make_small_zip_bomb(folder: Path) -> Path:
    """A 64 MiB part of spaces: over the compression ratio limit, quick to build."""
    path = folder / "small_zip_bomb.docx"
    with zipfile.ZipFile(DOCX_SAMPLE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info.filename))
        chunk = b" " * (1024 * 1024)
        with dst.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(64):
                part.write(chunk)
    return path


def make_billion_laughs(folder: Path) -> Path:
    entities = ['<!ENTITY lol "lol">']
    for level in range(1, 10):
        refs = f"&lol{level - 1};" if level > 1 else "&lol;"
        entities.append(f'<!ENTITY lol{level} "{refs * 10}">')
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE w:document [{"".join(entities)}]>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    return _docx_with_document(folder / "billion_laughs.docx", xml.encode())


def make_canary(folder: Path) -> Path:
    canary = folder / "canary_secret.txt"
    canary.write_text(CANARY_TEXT + "\n", encoding="utf-8")
    return canary


def make_xxe(folder: Path) -> Path:
    """word/document.xml with an external entity pointing at a canary file in ``folder``."""
    canary = make_canary(folder)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{canary.resolve().as_uri()}">]>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>Request: &xxe;</w:t></w:r></w:p>'
        f"<w:p><w:r><w:t>{REQUEST_PARAGRAPH}</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx_with_document(folder / "xxe.docx", xml.encode())


def make_xxe_parameter(folder: Path) -> Path:
    """External parameter entity (a DTD fetched from a local file)."""
    canary = make_canary(folder)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "{canary.resolve().as_uri()}"> %ext;]>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{REQUEST_PARAGRAPH}</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    return _docx_with_document(folder / "xxe_parameter.docx", xml.encode())


def make_deep_nesting(folder: Path, depth: int = 100_000) -> Path:
    inner = "<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth
    xml = _body(f"<w:p><w:r><w:t>{REQUEST_PARAGRAPH}</w:t></w:r></w:p>{inner}")
    # stored, not deflated: the compression-ratio check must not be what stops it
    return _docx_with_document(folder / "deep_nesting.docx", xml, compression=zipfile.ZIP_STORED)


def make_ole_encrypted_docx(folder: Path) -> Path:
    """A minimal OLE2 compound file holding an "EncryptedPackage" stream, as Word writes for a password."""
    sector = 512
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    header[0x18:0x1A] = (0x3E).to_bytes(2, "little")  # minor version
    header[0x1A:0x1C] = (3).to_bytes(2, "little")  # major version 3 (512-byte sectors)
    header[0x1C:0x1E] = (0xFFFE).to_bytes(2, "little")  # byte order
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # sector shift
    header[0x20:0x22] = (6).to_bytes(2, "little")  # mini sector shift
    header[0x2C:0x30] = (1).to_bytes(4, "little")  # number of FAT sectors
    header[0x30:0x34] = (1).to_bytes(4, "little")  # first directory sector
    header[0x38:0x3C] = (4096).to_bytes(4, "little")  # mini stream cutoff
    header[0x3C:0x40] = (0xFFFFFFFE).to_bytes(4, "little")  # no mini FAT
    header[0x44:0x48] = (0xFFFFFFFE).to_bytes(4, "little")  # no DIFAT sectors
    difat = [0] + [0xFFFFFFFF] * 108
    header[0x4C:0x200] = b"".join(v.to_bytes(4, "little") for v in difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE] + [0xFFFFFFFF] * (sector // 4 - 3)
    fat_sector = b"".join(v.to_bytes(4, "little") for v in fat)

    def entry(name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[0 : len(encoded)] = encoded
        raw[0x40:0x42] = len(encoded).to_bytes(2, "little")
        raw[0x42] = kind
        raw[0x43] = 1  # black
        raw[0x44:0x48] = (0xFFFFFFFF).to_bytes(4, "little")
        raw[0x48:0x4C] = (0xFFFFFFFF).to_bytes(4, "little")
        raw[0x4C:0x50] = child.to_bytes(4, "little")
        raw[0x74:0x78] = start.to_bytes(4, "little")
        raw[0x78:0x7C] = size.to_bytes(4, "little")
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
        + entry("EncryptedPackage", 2, 2, 0)
        + entry("EncryptionInfo", 2, 2, 0)
        + bytes(128)
    )
    data = bytes(header) + fat_sector + directory + bytes(sector)
    path = folder / "password_protected.docx"
    path.write_bytes(data)
    return path


# -- PDF attacks ---------------------------------------------------------------


def make_encrypted_pdf(folder: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(PDF_SAMPLE).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret-user", owner_password="secret-owner", algorithm="AES-128")
    path = folder / "encrypted.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def make_image_only_pdf(folder: Path) -> Path:
    """Two pages of drawn shapes and an inline image, no text layer (a scan)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = folder / "scanned.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    rng = random.Random(7)
    for _ in range(2):
        for _ in range(60):
            pdf.setFillGray(rng.random())
            pdf.rect(rng.uniform(40, 500), rng.uniform(40, 760), rng.uniform(5, 80), rng.uniform(2, 12), fill=1, stroke=0)
        pdf.showPage()
    pdf.save()
    return path


def make_looping_pages_pdf(folder: Path) -> Path:
    """/Pages whose Kids contain the /Pages node itself (and a page), a cycle."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        _text_stream(CORRUPT_TEXT),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path = folder / "looping_pages.pdf"
    path.write_bytes(_raw_pdf(objects))
    return path


def make_broken_objects_pdf(folder: Path) -> Path:
    """Garbage xref table, a dangling reference and a stream whose /Length lies."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> >> >>",
        b"<< /Length 99999 /Filter /FlateDecode >>\nstream\n\x00\x01garbage" + CORRUPT_TEXT.encode() + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica",  # unterminated dictionary
    ]
    path = folder / "broken_objects.pdf"
    path.write_bytes(_raw_pdf(objects, xref=False))
    return path


def make_500_page_pdf(folder: Path, pages: int = 500) -> Path:
    """A long but legitimate request: realistic text on every page (linted normally)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = folder / "long_500_pages.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    words = REQUEST_PARAGRAPH.split()
    lines = []
    line: list[str] = []
    for word in words * 3:
        line.append(word)
        if len(" ".join(line)) > 80:
            lines.append(" ".join(line))
            line = []
    for number in range(1, pages + 1):
        text = pdf.beginText(60, 780)
        text.setFont("Helvetica", 10)
        text.textLine(f"Request for Mutual Legal Assistance - page {number}")
        text.textLine("")
        for index, row in enumerate(lines * 2):
            text.textLine(row)
            if index % 6 == 5:
                text.textLine("")
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


# -- text files -------------------------------------------------------------------


def _request_text() -> str:
    return GOOD_SAMPLE.read_text(encoding="utf-8")


def make_utf16(folder: Path) -> Path:
    path = folder / "utf16.txt"
    path.write_bytes(_request_text().encode("utf-16"))
    return path


def make_cp1252(folder: Path) -> Path:
    path = folder / "cp1252.txt"
    text = _request_text() + "\nThe Minister’s office – “Café Müller” € 380 000.\n"
    path.write_bytes(text.encode("cp1252", errors="replace"))
    return path


def make_shift_jis(folder: Path) -> Path:
    path = folder / "shift_jis.txt"
    text = "法務省刑事局長は、相互法律援助条約に基づき、銀行記録の提供を要請します。\n\n" * 20
    path.write_bytes(text.encode("shift_jis"))
    return path


def make_nul_bytes(folder: Path) -> Path:
    path = folder / "nul_bytes.txt"
    path.write_bytes(_request_text().encode("utf-8").replace(b" ", b" \x00", 50) + b"\x00" * 100)
    return path


def make_huge_line(folder: Path, size: int = 20 * 1024 * 1024) -> Path:
    path = folder / "huge_line.txt"
    unit = b"request for assistance bank records "
    path.write_bytes((unit * (size // len(unit) + 1))[:size])
    return path


# case name -> (maker, expectation); "error": exit 2 with files[i].error; "lint": a normal lint;
# "either": a clean error or a normal lint (e.g. the readable page of a looping page tree)
CASES: dict[str, tuple[object, str]] = {
    "empty": (make_empty, "error"),
    "random_docx": (make_random_docx, "error"),
    "random_pdf": (make_random_pdf, "error"),
    "random_txt": (make_random_txt, "error"),
    "truncated_docx": (make_truncated_docx, "error"),
    "truncated_pdf": (make_truncated_pdf, "error"),
    "docx_named_pdf": (make_docx_named_pdf, "lint"),
    "pdf_named_docx": (make_pdf_named_docx, "lint"),
    "directory_named_docx": (make_directory_named_docx, "error"),
    "missing": (make_missing, "error"),
    "unreadable": (make_unreadable, "error"),
    "small_zip_bomb": (make_small_zip_bomb, "error"),
    "zip_bomb_1gib": (make_zip_bomb, "error"),
    "billion_laughs": (make_billion_laughs, "error"),
    "xxe": (make_xxe, "error"),
    "xxe_parameter": (make_xxe_parameter, "error"),
    "deep_nesting": (make_deep_nesting, "error"),
    "ole_encrypted_docx": (make_ole_encrypted_docx, "error"),
    "encrypted_pdf": (make_encrypted_pdf, "error"),
    "image_only_pdf": (make_image_only_pdf, "error"),
    "looping_pages_pdf": (make_looping_pages_pdf, "either"),
    "broken_objects_pdf": (make_broken_objects_pdf, "error"),
    "utf16": (make_utf16, "lint"),
    "cp1252": (make_cp1252, "lint"),
    "shift_jis": (make_shift_jis, "lint"),
    "nul_bytes": (make_nul_bytes, "error"),  # refused as binary data: a clean error
    "huge_line": (make_huge_line, "lint"),
    "pdf_500_pages": (make_500_page_pdf, "lint"),
}


def run_cli(args: list[str], cwd: Path, timeout: float = 300) -> tuple[int, str, str, float, float]:
    """Run ``python -m mla_lint.cli ARGS`` in a child; return code, stdout, stderr, seconds, peak RSS MiB.

    The peak RSS is the child's own (``wait4``), so runs do not mask each other.
    A child still running after ``timeout`` seconds is killed (code -9).
    """
    env = dict(os.environ, MLA_LINT_DISABLE_PLUGIN_AUTOLOAD="1", NO_COLOR="1")
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "mla_lint.cli", *args], cwd=cwd, stdout=out, stderr=err, env=env)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", errors="replace")
        stderr = err.read().decode("utf-8", errors="replace")
    return proc.returncode, stdout, stderr, seconds, usage.ru_maxrss / 1024
