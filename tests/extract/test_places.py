"""The place gazetteer reads jionlp's data whether or not jionlp has unzipped it yet."""
import zipfile

from loaders.extract import places
from tests.extract.texts import extract_text, names

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


def test_an_autonomous_prefecture_written_short_with_zhou_is_that_prefecture():
    from tests.extract.texts import entity, extract_text
    x = extract_text("一、帮扶\n1.深化协作。支持凉山州、甘孜州与成都市结对，推动黔东南州开展乡村教师培训。\n")
    for short, full in (("凉山州", "凉山彝族自治州"), ("甘孜州", "甘孜藏族自治州"), ("黔东南州", "黔东南苗族侗族自治州")):
        place = entity(x, short)
        assert place.type == "Place" and full in load_full_forms(place.name)
    assert not {"凉山", "甘孜", "黔东南"} & {m for e in x.entities for m in e.aliases if e.type == "Place"}


def test_an_autonomous_county_written_short_with_xian_is_that_county():
    gaz = places.load_gazetteer()
    full = next(p.name for p in gaz.places.values() if p.level == "county" and p.name.endswith("自治县"))
    short_forms = [f for f, c in gaz.index.items() if c == full and f != full]
    assert short_forms and all(f.endswith("县") and len(f) < len(full) for f in short_forms)


def load_full_forms(canonical: str) -> tuple[str, ...]:
    place = places.load_gazetteer().places[canonical]
    return (place.name, *place.aliases)


def test_a_part_of_a_province_named_by_its_abbreviation_and_a_side_is_a_place():
    x = extract_text("一、改革\n1.推进改革。支持渝东北、苏北和粤西地区发展，加强江苏北部、浙江西部建设，与新东方合作。\n")
    assert {"渝东北", "苏北", "粤西"} <= names(x, "Place")
    assert names(x, "Place") == {"渝东北", "苏北", "粤西", "江苏", "浙江"}
