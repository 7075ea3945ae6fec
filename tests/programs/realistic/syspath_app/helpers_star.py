run_count = 1
def public_fn():
    return "public"
def _hidden():
    return "hidden"
if __name__ == "__main__":
    print("never printed on import")
