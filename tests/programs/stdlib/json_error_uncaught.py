# an uncaught JSONDecodeError ends the program with CPython's traceback line
import json

records = ['{"id": 1, "ok": true}', '{"id": 2, "ok": false}', '{"id": 3, "ok": tru}']
for line in records:
    rec = json.loads(line)
    print(rec["id"], rec["ok"])
