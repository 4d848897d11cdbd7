"""A report saved as a web page, as government sites serve them: the article inside scripts, menus and footers."""
import html


def as_web_page(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br/>") + "</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title>
<link rel="stylesheet" href="/css/main.css"><style>body {{ font-size: 14px }}</style>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script></head>
<body><div class="header"><div class="logo">人民政府门户网站</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="main"><div class="sidebar"><ul><li>政府信息公开指南</li><li>政府信息公开年报</li></ul></div>
<div class="article"><div class="TRS_Editor">{body}</div></div></div>
<div class="footer">主办单位：市人民政府办公室　ICP备05001234号　网站标识码4309000001</div></body></html>"""
