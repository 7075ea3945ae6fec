from .base import helper_func
