try:
    open('/nonexistent/x')
except OSError as e:
    print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
try:
    open('/')
except OSError as e:
    print(type(e).__name__, e, e.args)
try:
    open('/etc/passwd/x')
except OSError as e:
    print(type(e).__name__, e, e.args)
