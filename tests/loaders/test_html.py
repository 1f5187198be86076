"""HTML: the main text of a page, without navigation, scripts, headers and footers."""
from __future__ import annotations

import loaders

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>苏州市2024年职业教育工作要点 - 苏州市教育局</title>
<style>.nav {{ color: red }}</style><script>var menu = "首页 新闻中心";</script></head>
<body>
<header><div class="logo">苏州市教育局</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li><li><a href="/gk">政务公开</a></li></ul></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开</div>
<div class="main-wrap">
  <div class="sidebar"><p>相关链接：江苏省教育厅网站欢迎您访问本站</p></div>
  <div class="article-content">
    <h1>苏州市2024年职业教育工作要点</h1>
    <p>一、深化产教融合</p>
    <p>1.建设市域产教联合体。推动<b>苏州工业园区职业技术学院</b>与企业共建实训基地。</p>
    <p>2.推进中外合作办学。支持苏州市职业大学与新加坡南洋理工学院合作。</p>
  </div>
</div>
<footer><p>版权所有：苏州市教育局 地址：苏州市三香路 电话：12345</p></footer>
</body></html>"""


def write(tmp_path, charset="utf-8", name="page.html"):
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(charset))
    return path


def test_main_text_is_kept_and_navigation_dropped(tmp_path):
    source = loaders.load(write(tmp_path)).document.source
    assert "1.建设市域产教联合体。推动苏州工业园区职业技术学院与企业共建实训基地。" in source
    for noise in ("新闻中心", "当前位置", "版权所有", "var menu", "color: red", "相关链接"):
        assert noise not in source


def test_html_outline_and_title(tmp_path):
    parsed = loaders.load(write(tmp_path))
    assert parsed.document.format == "html"
    assert parsed.document.title == "苏州市2024年职业教育工作要点"
    assert [(i.number, i.title) for i in parsed.items] == [(1, "建设市域产教联合体"), (2, "推进中外合作办学")]


def test_page_in_gbk_declared_by_meta_charset(tmp_path):
    parsed = loaders.load(write(tmp_path, charset="gbk", name="page.htm"))
    assert parsed.items[1].title == "推进中外合作办学"


def test_page_without_semantic_markup_uses_the_densest_block(tmp_path):
    path = tmp_path / "plain.html"
    path.write_text(
        "<html><body><div><a href='/'>首页</a> <a href='/a'>机构设置</a></div>"
        "<div><p>一、总体要求</p><p>1.加强党的建设。全面加强党对教育工作的领导。</p><p>2.深化教育改革。推进评价改革。</p></div>"
        "<div><p>联系我们</p></div></body></html>",
        encoding="utf-8",
    )
    parsed = loaders.load(path)
    assert "机构设置" not in parsed.document.source and "联系我们" not in parsed.document.source
    assert [i.title for i in parsed.items] == ["加强党的建设", "深化教育改革"]
