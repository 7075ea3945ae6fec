from .helpers import NAME as helper_name
from ..config import VALUE as config_value
from .. import config
from . import helpers as sibling_module

sibling = sibling_module.__name__


def shout(s):
    return s.upper() + "!" * (config.VALUE // 21)
