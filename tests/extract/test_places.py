"""The place gazetteer reads jionlp's data whether or not jionlp has unzipped it yet."""
import zipfile

from loaders.extract import places

ROWS = "江苏省\t320000\t江苏\r\n\t苏州市\t320500\t苏州\r\n\t\t吴江区\t320509\t吴江\r\n"


def test_zipped_data_reads_like_the_unzipped_file(tmp_path):
    with zipfile.ZipFile(tmp_path / "china_location.zip", "w") as archive:
        archive.writestr("china_location.txt", ROWS.encode("utf-8"))
    zipped = places._read_data(tmp_path, "china_location")
    (tmp_path / "china_location.txt").write_bytes(ROWS.encode("utf-8"))
    assert zipped == places._read_data(tmp_path, "china_location")
    assert "\r" not in zipped


def test_missing_data_file_reads_as_none(tmp_path):
    assert places._read_data(tmp_path, "world_location") is None


def test_gazetteer_knows_cities_and_their_province():
    gaz = places.load_gazetteer()
    assert gaz.index["苏州市"] == "苏州"
    assert gaz.places["苏州"].province == "江苏"


def test_a_defined_short_form_of_a_development_area_is_that_area():
    from tests.extract.texts import extract_text, names
    x = extract_text("一、改革\n1.推进改革。依托芜湖经济技术开发区（以下简称“芜湖经开区”）组建联合体，支持芜湖经开区企业参与。\n")
    assert "芜湖经开区" not in names(x, "Place")
    assert "芜湖经济技术开发区" in names(x, "Place")


def test_a_list_of_kinds_of_areas_is_no_area():
    from tests.extract.texts import extract_text, names
    x = extract_text("一、改革\n1.推进改革。各县、区和开发区要制定实施细则。\n")
    assert not any(n.endswith("开发区") for n in names(x, "Place"))
