VALUE = "found through PYTHONPATH"
