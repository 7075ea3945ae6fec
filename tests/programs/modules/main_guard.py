# checks that genpy runs this program (main_guard, from the first differential-testing corpus) exactly as CPython 3.11 does
def main():
    print("main running", __name__)
if __name__ == "__main__":
    main()
print(__file__.endswith("main_guard.py") if "__file__" in globals() else True)
print(sorted(k for k in globals() if not k.startswith("__")))
