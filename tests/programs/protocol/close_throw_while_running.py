# checks that close(), throw() and send() on a generator from inside its own body raise ValueError
def gen():
    for method in ["close", "throw", "send"]:
        try:
            if method == "close":
                me.close()
            elif method == "throw":
                me.throw(KeyError("self"))
            else:
                me.send(1)
        except ValueError as e:
            print(method, "-> ValueError:", e)
        yield method


me = gen()
print(list(me))
