# csv.field_size_limit: its argument checks and the limit it sets on the reader
import csv
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: csv.field_size_limit(True))
t(lambda: csv.field_size_limit(2**70))
t(lambda: csv.field_size_limit("x"))
t(lambda: csv.field_size_limit(1, 2))
t(lambda: csv.field_size_limit(new_limit=5))
t(lambda: csv.field_size_limit())
t(lambda: list(csv.reader(["abcdef"])))
t(lambda: csv.field_size_limit(-1))
t(lambda: list(csv.reader(["a"])))
t(lambda: list(csv.reader([""])))
t(lambda: csv.field_size_limit(131072))
