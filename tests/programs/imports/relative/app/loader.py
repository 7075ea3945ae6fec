from .util import text
from . import config

LOADED = [text.__name__, config.__name__]
