from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, parse_qs,
                          parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode)
import urllib.parse
from collections import Counter
urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://example.com', '/search?q=caf%C3%A9+au+lait&page=2&page=3',
        'ftp://ftp.x.org/pub/file.txt', 'mailto:someone@x.org', '//cdn.x.org/lib.js', 'relative/path?x', 'http://[::1]:80/ipv6', 'file:///etc/hosts',
        'http://x.org/p%20q?a=%zz&b=%41', 'HTTP://X.ORG/UP', 'localhost:8000/x', 'http://h/?', 'http://h/#']
for u in urls:
    p = urlparse(u)
    print(p)
    print('  ', p.hostname, p.port, p.username, p.password, p.geturl() == u, urlunparse(p), urlsplit(u).geturl())
print(urlparse('http://h:bad/').netloc)
try:
    urlparse('http://h:bad/').port
except ValueError as e:
    print(e)
try:
    urlparse('http://h:70000/').port
except ValueError as e:
    print(e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://example.com', 'page.html'), urljoin('http://example.com/dir/', 'sub/p'), urljoin('http://example.com/dir/file', '../x'))
print(urldefrag('http://x/y#z'), urldefrag('http://x/y'))
qs = 'a=1&b=2&a=3&empty=&noval&sp=a+b&enc=%26%3D&u=%E2%82%AC'
print(parse_qs(qs), parse_qsl(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs, keep_blank_values=True))
try:
    parse_qsl('a=1&b', strict_parsing=True)
except ValueError as e:
    print(e)
print(quote('a b/c?d=é&f'), quote('a b/c', safe=''), quote_plus('a b&c=d/é'), quote('~_.-'), quote(b'\xff\x00'))
print(unquote('a%20b%2Fc%E2%82%AC%zz%4'), unquote_plus('a+b%2B'), unquote('%E2%82'), unquote('%e9', encoding='latin-1'))
print(urlencode({'q': 'café au lait', 'n': 1, 'l': [1, 2]}), urlencode({'l': [1, 2], 't': ('x', 'y')}, doseq=True), urlencode([('a', 'b c'), ('d', '/')]))
print(urlencode({'a': 'b c'}, quote_via=quote), urllib.parse.urlencode({'k': b'\xff'}))
logs = ['GET /search?q=python+generators&lang=en HTTP/1.1', 'GET /search?q=caf%C3%A9 HTTP/1.1', 'GET /search?lang=fr&q=python+generators HTTP/1.1', 'GET /about HTTP/1.1']
terms = Counter(q for l in logs for q in parse_qs(urlsplit(l.split()[1]).query).get('q', []))
print(terms.most_common())
print(SplitResult := urlsplit('http://a/b'), type(SplitResult).__name__, SplitResult._replace(path='/c').geturl(), SplitResult[1], len(SplitResult))
