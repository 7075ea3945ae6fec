# try/except/else/finally: the exception table maps op ranges to handlers
def parse(text):
    try:
        number = int(text)
    except ValueError as error:
        print("bad:", error)
        number = 0
    else:
        print("ok")
    finally:
        print("parsed", text)
    return number


print(parse("12"), parse("x"))
