import configparser, io, sys
text = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/me

[bitbucket.org]
User = hg
path = %(home)s/bb

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    fourth line
; another comment
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults(), "bitbucket.org" in cp, "nope" in cp)
print(cp["bitbucket.org"]["user"], cp["bitbucket.org"]["path"], cp["bitbucket.org"]["compression"], cp.getint("topsecret.server.com", "port"), cp.getboolean("topsecret.server.com", "forwardx11"), cp.getfloat("DEFAULT", "compressionlevel"))
print(repr(cp["topsecret.server.com"]["multi"]), repr(cp.get("topsecret.server.com", "empty")))
print(list(cp["topsecret.server.com"]), cp.options("bitbucket.org"), cp.items("bitbucket.org"))
print(cp.get("bitbucket.org", "missing", fallback="dflt"), cp["bitbucket.org"].get("missing"), cp.has_option("bitbucket.org", "user"), cp.get("bitbucket.org", "path", raw=True))
for key in cp:
    print(key, cp[key])
cp["new"] = {"a": "1", "B": "two words"}
cp.set("new", "c", "3")
cp.remove_option("bitbucket.org", "user")
out = io.StringIO(); cp.write(out); print(out.getvalue())
for bad in ["[a]\nx=1\n[a]\n", "x=1\n", "[s]\nk=1\nk=2\n", "[s]\nbad line\n"]:
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as e:
        print(type(e).__name__, e)
for f in [lambda: cp.get("nosuch", "x"), lambda: cp.get("new", "zz"), lambda: cp["nosuch"], lambda: cp.getint("new", "b")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[paths]\nroot = /srv\ndata = ${root}/data\n[app]\nlog = ${paths:data}/log\n")
print(ext["app"]["log"], ext["paths"]["data"])
raw = configparser.RawConfigParser(); raw.read_string("[x]\nv = 100%\n"); print(raw["x"]["v"])
try:
    cp2 = configparser.ConfigParser(); cp2.read_string("[x]\nv = %(nope)s\n"); cp2["x"]["v"]
except configparser.InterpolationMissingOptionError as e:
    print(e)
for interp, text in [(configparser.BasicInterpolation(), "[s]\nv = 5%x\n"), (configparser.ExtendedInterpolation(), "[s]\nv = 5$x\n")]:
    c = configparser.ConfigParser(interpolation=interp)
    c.read_string(text)
    try:
        c["s"]["v"]
    except configparser.InterpolationSyntaxError as e:
        print(e)
for f in [lambda: cp.set("nosuch", "k", "v"), lambda: cp.remove_option("nosuch", "k")]:
    try:
        f()
    except configparser.NoSectionError as e:
        print("NoSectionError", e)
cp.set("DEFAULT", "shared", "yes"); print(cp["new"]["shared"], cp.remove_option("DEFAULT", "shared"), cp.remove_option("new", "absent"))
