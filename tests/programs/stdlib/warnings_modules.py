import os
import sys
import warnings

import helper

HERE = os.path.dirname(os.path.abspath(__file__))


class Capture:
    """A stderr stand-in that prints what is written to it, the programs' folder hidden."""

    def write(self, text):
        print(text.replace(HERE, "DIR"), end="")

    def flush(self):
        pass


sys.stderr = Capture()
helper.deprecated_here()
helper.deprecated_for_caller()
for _ in range(2):
    helper.user_warning()
warnings.filterwarnings("error", module="helper")
try:
    helper.user_warning()
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
helper.deprecated_here()
warnings.simplefilter("ignore")
helper.user_warning()
