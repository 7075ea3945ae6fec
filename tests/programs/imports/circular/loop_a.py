A = "a"
import loop_b

