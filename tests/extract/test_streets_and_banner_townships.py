"""Streets (街道) whose stems hold characters that make words only with 镇 and 乡 (X村街道,
X城街道) are listed places too, and a township written after its county in a list
(X旗A镇、Y县B镇) is a place even with a four-character stem."""
from tests.extract.texts import extract_text, names


def _places(sentence: str) -> set[str]:
    return names(extract_text("一、任务\n1.推进工作。" + sentence + "\n"), "Place")


def test_streets_with_village_and_city_stems_in_a_list_are_places():
    assert {"亚运村街道", "金城街道"} <= _places("支持亚运村街道、金城街道试点托管服务。")


def test_generic_streets_are_no_places():
    assert not {n for n in _places("统筹城区街道、农村街道力量。") if n.endswith("街道")}


def test_townships_after_their_counties_in_a_list_are_places():
    found = _places("在正蓝旗上都镇、和林格尔县盛乐镇各建设1个培训基地。")
    assert {"上都镇", "盛乐镇"} <= found


def test_four_character_stem_needs_its_county():
    assert not {n for n in _places("推进城乡一体镇、全域美丽乡建设。") if n.endswith(("镇", "乡"))}
