# checks that genpy runs this program (app_observer_events, from the second differential-testing corpus) exactly as CPython 3.11 does
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def deco(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return deco
    def emit(self, event, *args, **kw):
        results = []
        for h in self.handlers.get(event, []):
            try:
                results.append(h(*args, **kw))
            except Exception as e:
                results.append(f"{h.__name__} failed: {e!r}")
        return results
bus = EventBus()
@bus.on("login")
def greet(user):
    return f"welcome {user}"
@bus.on("login")
def audit(user, ip="?"):
    return f"audit {user}@{ip}"
@bus.on("logout")
def bye(user):
    raise PermissionError(f"{user} cannot leave")
print(bus.emit("login", "ann"), bus.emit("login", "bob", ip="10.0.0.1"))
print(bus.emit("logout", "ann"), bus.emit("nothing"))
print({k: [f.__name__ for f in v] for k, v in bus.handlers.items()})
