# checks an uncaught error raised inside a genexp consumed by sum()
prices = {"apple": 3, "pear": 4}
order = ["apple", "pear", "plum"]
print("total of the first two:", sum(prices[item] for item in order[:2]))
print("total:", sum(prices[item] for item in order))
print("never printed")
