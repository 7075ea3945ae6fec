# Classic generator pipelines over a web server log: find, open, cat, grep, parse.
import os, fnmatch, gzip, bz2, re, tempfile

def gen_find(filepat, top):
    for path, dirlist, filelist in os.walk(top):
        dirlist.sort()
        for name in sorted(fnmatch.filter(filelist, filepat)):
            yield os.path.join(path, name)

def gen_open(filenames):
    for name in filenames:
        if name.endswith(".gz"):
            yield gzip.open(name, "rt")
        elif name.endswith(".bz2"):
            yield bz2.open(name, "rt")
        else:
            yield open(name)

def gen_cat(sources):
    for s in sources:
        for item in s:
            yield item

def gen_grep(pat, lines):
    patc = re.compile(pat)
    for line in lines:
        if patc.search(line):
            yield line

logpats = r'(\S+) (\S+) (\S+) \[(.*?)\] "(\S+) (\S+) (\S+)" (\S+) (\S+)'
logpat = re.compile(logpats)

def field_map(dictseq, name, func):
    for d in dictseq:
        d[name] = func(d[name])
        yield d

def apache_log(lines):
    groups = (logpat.match(line) for line in lines)
    tuples = (g.groups() for g in groups if g)
    colnames = ('host', 'referrer', 'user', 'datetime', 'method', 'request', 'proto', 'status', 'bytes')
    log = (dict(zip(colnames, t)) for t in tuples)
    log = field_map(log, "status", int)
    log = field_map(log, "bytes", lambda s: int(s) if s != '-' else 0)
    return log

SAMPLE = '''81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ HTTP/1.1" 200 7587
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /favicon.ico HTTP/1.1" 404 133
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/bookplug.gif HTTP/1.1" 200 23903
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ply.html HTTP/1.1" 200 97238
66.249.72.134 - - [24/Feb/2008:00:09:11 -0600] "GET /index.html HTTP/1.1" 304 -
24.11.102.81 - - [24/Feb/2008:00:10:04 -0600] "GET /robots.txt HTTP/1.1" 404 133
24.11.102.81 - - [24/Feb/2008:00:10:04 -0600] "GET /ply/example.html HTTP/1.1" 200 2359
bad line
'''

with tempfile.TemporaryDirectory() as top:
    os.makedirs(os.path.join(top, 'www', '2008'))
    with open(os.path.join(top, 'www', 'access-log'), 'w') as f:
        f.write(SAMPLE)
    with gzip.open(os.path.join(top, 'www', '2008', 'access-log.gz'), 'wt') as f:
        f.write(SAMPLE * 2)
    with bz2.open(os.path.join(top, 'www', '2008', 'access-log.bz2'), 'wt') as f:
        f.write(SAMPLE * 3)
    lognames = gen_find("access-log*", top)
    print([os.path.relpath(p, top) for p in gen_find("access-log*", top)])
    logfiles = gen_open(lognames)
    loglines = gen_cat(logfiles)
    pylines = gen_grep(r'ply', loglines)
    bytecolumn = (line.rsplit(None, 1)[1] for line in pylines)
    nbytes = (int(x) for x in bytecolumn if x != '-')
    print("Total", sum(nbytes))
    log = apache_log(gen_cat(gen_open(gen_find("access-log*", top))))
    stat404 = {r['request'] for r in log if r['status'] == 404}
    for r in sorted(stat404):
        print(r)
    log = list(apache_log(gen_cat(gen_open(gen_find("access-log*", top)))))
    print(max(log, key=lambda r: r['bytes']))
    print(sorted({r['host'] for r in log if r['bytes'] > 1000}))
    large = (r for r in log if r['bytes'] > 10000)
    for r in large:
        print(r['request'], r['bytes'])
        break
    print(len(log), sum(r['bytes'] for r in log), round(sum(r['bytes'] for r in log) / len(log), 3))
