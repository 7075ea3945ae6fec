print("shapes.solid.sphere runs")
NAME = "sphere"
