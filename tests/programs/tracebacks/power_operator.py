values = {"base": 2, "exp": "3"}
result = values["base"] ** values["exp"]
