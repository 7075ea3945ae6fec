from . import config
from .config import VALUE as config_value
