from .helpers import NAME
