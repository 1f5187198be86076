"""Bad input: each kind is refused with an InputError naming the file and the reason."""
from __future__ import annotations

import pytest

import loaders
from kg.errors import InputError


def refused(path) -> str:
    with pytest.raises(InputError) as caught:
        loaders.load(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value.reason


@pytest.mark.parametrize("name", ["empty.txt", "empty.docx", "empty.pdf", "empty.html"])
def test_empty_file_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert refused(path) == "empty file"


def test_blank_text_file_is_refused_as_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n")
    assert refused(path) == "empty file"


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in refused(path)


def test_undecodable_bytes_are_refused(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    assert refused(path).startswith("cannot decode the text")


@pytest.mark.parametrize("name", ["table.xlsx", "slides.pptx", "notes", "photo.jpg"])
def test_unsupported_extension_is_refused(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"some bytes")
    assert refused(path).startswith("unsupported file type")


def test_pdf_without_text_layer_is_refused_with_the_remedy(make_scanned_pdf):
    assert refused(make_scanned_pdf()) == "no text layer (scanned PDF?): OCR it first"


def test_corrupt_pdf_is_refused(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    assert refused(path)  # corrupt or without text: refused either way


def test_corrupt_docx_is_refused(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    assert refused(path) == "corrupt .docx (not a zip archive)"


def test_zip_without_a_word_document_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    assert refused(path) == "corrupt .docx (no Word document inside the archive)"


def test_missing_file_is_refused(tmp_path):
    assert refused(tmp_path / "nowhere.txt") == "no such file"


def test_load_many_keeps_going_after_a_bad_file(tmp_path, sample_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("一、总体要求\n1.加强党建。", encoding="utf-8")
    docs, errors = loaders.load_many([tmp_path / "empty.txt", sample_path, tmp_path / "good.txt", tmp_path / "x.xlsx"])
    assert [len(d.items) for d in docs] == [17, 1]
    assert [(e.path, e.reason.split(" ")[0]) for e in errors] == [(str(tmp_path / "empty.txt"), "empty"), (str(tmp_path / "x.xlsx"), "no")]


def test_folders_are_read_recursively_skipping_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("一、甲\n1.乙。", encoding="utf-8")
    (tmp_path / "a.htm").write_text("<html><body><p>一、总体要求</p><p>1.加强党建。</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.xlsx").write_bytes(b"PK")
    docs, errors = loaders.load_many([tmp_path])
    assert [d.document.format for d in docs] == ["html", "txt"] and errors == []


def test_folder_without_documents_is_an_error(tmp_path):
    docs, errors = loaders.load_many([tmp_path])
    assert docs == [] and errors[0].reason.startswith("no supported documents")


def test_a_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("一、总体要求\n1.加强党建。", encoding="utf-8")
    docs, errors = loaders.load_many([path, tmp_path, str(path)])
    assert [d.document.path for d in docs] == [str(path)] and errors == []
