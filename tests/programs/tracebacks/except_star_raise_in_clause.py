# A group of worker errors handled with except*: one clause handles its part, the
# other raises, so the unhandled part is drawn as the context of the new error.
def work(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 3 == 1:
        raise KeyError(i)
    return i

def run_all():
    errors = []
    for i in range(5):
        try:
            work(i)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("work failed", errors)

try:
    run_all()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    raise RuntimeError("keys went wrong")
