"""A traffic-light controller: an Enum-driven state machine run as a coroutine."""
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    @property
    def duration(self):
        return {Light.RED: 3, Light.GREEN: 2, Light.YELLOW: 1}[self]


class Event(Enum):
    TICK = "tick"
    EMERGENCY = "emergency"
    RESET = "reset"


TRANSITIONS = {
    (Light.RED, Event.TICK): Light.GREEN,
    (Light.GREEN, Event.TICK): Light.YELLOW,
    (Light.YELLOW, Event.TICK): Light.RED,
}


def controller(state=Light.RED):
    log = []
    elapsed = 0
    while True:
        event = yield state
        if event is None:
            break
        if event is Event.EMERGENCY:
            log.append(f"{state.name}->RED (emergency)")
            state, elapsed = Light.RED, 0
            continue
        if event is Event.RESET:
            log.append("reset")
            state, elapsed = Light.RED, 0
            continue
        elapsed += 1
        if elapsed >= state.duration:
            new = TRANSITIONS[(state, event)]
            log.append(f"{state.name}->{new.name}")
            state, elapsed = new, 0
    return log


def drive(events):
    gen = controller()
    states = [next(gen)]
    for e in events:
        states.append(gen.send(e))
    try:
        gen.send(None)
    except StopIteration as stop:
        return states, stop.value


events = [Event.TICK] * 7 + [Event.EMERGENCY] + [Event("tick")] * 4 + [Event.RESET]
states, log = drive(events)
print([s.name[0] for s in states])
print(log)
counts = {}
for s in states:
    counts[s] = counts.get(s, 0) + 1
print(counts)
print(sorted(counts, key=lambda s: s.value), max(counts, key=counts.get))
print({s: s.duration for s in Light})
