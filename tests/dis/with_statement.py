# a with statement: __enter__, and __exit__ on both the normal and the exception path
class Noisy:
    def __enter__(self):
        return "resource"

    def __exit__(self, kind, value, traceback):
        print("exit", kind)
        return False


with Noisy() as resource:
    print(resource)
