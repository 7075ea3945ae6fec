print("explodes runs")
x = 1 / 0
