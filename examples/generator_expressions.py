# Generator expressions: the compact, lazy form of a generator.
#
# `(expr for x in iterable if cond)` builds a generator object, like a list
# comprehension without the brackets' eagerness. It is ideal as the argument
# of a function that consumes an iterable: sum, max, any, all, sorted, join.

prices = {"apple": 0.5, "bread": 2.25, "cheese": 7.0, "dates": 4.5}
basket = ["apple", "apple", "bread", "cheese", "apple", "dates"]

# Sum without building an intermediate list.
total = sum(prices[item] for item in basket)
print(f"total: {total:.2f}")

# any/all stop at the first decisive item.
print("anything over 5?", any(prices[item] > 5 for item in basket))
print("all under 10?", all(prices[item] < 10 for item in basket))

# max/min with a genexp of (value, name) pairs.
print("most expensive:", max((price, name) for name, price in prices.items()))

# Joining strings.
print("receipt:", ", ".join(f"{item}={prices[item]}" for item in basket))

# Only the first iterable is evaluated when the genexp is created; the rest
# (here the condition and the expression) waits for the first next().
expensive = (name for name in basket if prices[name] > 2)
print("first expensive item:", next(expensive))
print("the rest:", list(expensive))
print("a used-up genexp yields nothing more:", list(expensive))

# Genexps nest and chain; each stage stays lazy.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (x for row in matrix for x in row)
odd_squares = (x * x for x in flat if x % 2)
print("odd squares:", list(odd_squares))
print("diagonal sum:", sum(matrix[i][i] for i in range(len(matrix))))
print("sorted by length:", sorted((w for w in basket), key=len))
