def fine():
    return 1


x = (1 + ] 2)
