loads = 0
