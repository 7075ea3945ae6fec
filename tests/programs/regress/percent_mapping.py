# checks that %-formatting with %(name)s mapping keys
print("%(name)s is %(age)d" % {"name": "Bob", "age": 3})
