# checks that genpy runs this program (err_uncaught_chain, from the second differential-testing corpus) exactly as CPython 3.11 does
def load(cfg):
    try:
        return cfg["path"]
    except KeyError as e:
        raise RuntimeError("config incomplete") from e
load({})
