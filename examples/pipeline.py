# A multi-stage generator pipeline, like a Unix shell pipeline.
#
# Each stage is a small generator that takes an iterable and yields results;
# stages are combined by passing one into the next. Items flow through one
# at a time, so the trace printed by `traced` shows each sentence travelling
# through every stage before the next one starts.

TEXT = """A pipeline of generators handles one item at a time.
Generators produce values lazily.
They keep their state between calls.
Nothing is computed until someone asks."""


def traced(name, items):
    # A pass-through stage that shows when items move.
    for item in items:
        print(f"  [{name}] {item!r}")
        yield item


def sentences(text):
    for line in text.split("\n"):
        yield line


def words(lines):
    for line in lines:
        for word in line.split():
            yield word.strip(".,").lower()


def long_words(ws, min_len):
    for w in ws:
        if len(w) >= min_len:
            yield w


def numbered(items, start=1):
    n = start
    for item in items:
        yield f"{n}. {item}"
        n += 1


pipeline = numbered(long_words(words(traced("sentence", sentences(TEXT))), 8))
print("The pipeline is built; nothing has run yet.")
for entry in pipeline:
    print(entry)


# Stages can also be composed from a list of functions.
def compose(source, *stages):
    for stage in stages:
        source = stage(source)
    return source


def lengths(ws):
    for w in ws:
        yield len(w)


def new_records(values):
    # Yields a value only when it beats every value before it.
    best = 0
    for v in values:
        if v > best:
            best = v
            yield v


print("word lengths that set a new record:")
print(list(compose(sentences(TEXT), words, lengths, new_records)))
