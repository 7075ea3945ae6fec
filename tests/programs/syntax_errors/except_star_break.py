# a break leaving an except* clause is a SyntaxError.
for i in range(3):
  try:
    pass
  except* TypeError:
    break
