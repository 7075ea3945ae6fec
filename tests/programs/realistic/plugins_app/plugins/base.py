class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls

    def run(self, n):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} plugin>"

def helper_func():
    return "helper from " + __name__
