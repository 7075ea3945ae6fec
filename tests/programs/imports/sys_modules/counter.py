import sys

print("counter runs")
sys.counter_runs = getattr(sys, "counter_runs", 0) + 1


def runs():
    return sys.counter_runs
