# checks that pow(b, -1, m) computes a modular inverse
print(pow(3, -1, 7))
