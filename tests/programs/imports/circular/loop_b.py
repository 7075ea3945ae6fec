import sys
from loop_a import A as seen

B = "b"
sys.modules["loop_a"].seen_in_b = seen
