print("shapes.flat runs")


def area(w, h):
    return w * h
