import sys

sys.plug_loads = getattr(sys, "plug_loads", 0) + 1
LOADS = sys.plug_loads
print("plug loads", LOADS)
