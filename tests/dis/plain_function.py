# a plain function: arguments, a default, arithmetic and a return
def area(width, height=1):
    doubled = width * 2
    return doubled * height


print(area(3, 4))
