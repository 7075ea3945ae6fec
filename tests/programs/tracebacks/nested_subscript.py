config = {"db": {"host": "localhost"}}


def port(cfg):
    return cfg["db"]["port"] + 1


print(port(config))
