"""A funding list's prose: ranks and stages of projects are no programmes, contests keep
their own names (sentences invented)."""
from tests.extract.texts import extract_in_item, names, pairs


def _extract(sentence: str):
    return extract_in_item(sentence, "一、任务\n1.推进工作。")


def test_ranks_and_stages_of_listed_projects_are_no_programmes():
    x = _extract("某某大学入选高职重点项目，每个一般项目须开发课程，依托前期平台开展服务，"
                 "每校牵头组建1个跨校平台联合体，孵化学生创新创业项目。")
    assert not {n for n in names(x, "Programme") if n.endswith(("项目", "平台"))}


def test_a_quoted_platform_ranked_as_a_key_project_is_the_platform():
    x = _extract("西江大学的“海藻加工产教融合创新平台”均列为重点项目。")
    assert names(x, "Programme") == {"海藻加工产教融合创新平台"}


def test_a_contest_after_its_session_number_is_named_without_it():
    x = _extract("东海大学学生团队依托前期平台项目在第十届全国青年创业大赛中获得金奖4项。")
    assert names(x, "Programme") == {"全国青年创业大赛"}
    assert ("东海大学", "全国青年创业大赛") in pairs(x, "PARTICIPATES_IN")


def test_a_platform_docking_with_a_contest_is_no_part_of_its_name():
    x = _extract("鼓励各平台对接全国青年创业大赛。")
    assert names(x, "Programme") == {"全国青年创业大赛"}


def test_a_cups_name_may_open_a_scoped_contest():
    x = _extract("组织学生参加“飞跃杯”全国大学生工程设计竞赛和学科竞赛。")
    assert {n.replace("“", "").replace("”", "") for n in names(x, "Programme")} == {"飞跃杯全国大学生工程设计竞赛"}
