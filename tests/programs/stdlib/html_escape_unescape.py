import html
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<b>"q"</b>', quote=False))
print(html.unescape('&lt;p&gt;caf&eacute; &amp; cr&egrave;me &#233; &#x20AC; &#128; &copy;2024 &hellip; &nbsp;|'))
print(html.unescape('no refs'), html.unescape('&amp'), html.unescape('a &lt b'), html.unescape('&#0;&#x110000;'), html.unescape('& ; &#;'))
