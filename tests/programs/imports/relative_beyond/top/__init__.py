print("top runs")
