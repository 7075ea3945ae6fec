# A missing block whose next line starts with a character of more than one byte:
# the error is drawn under the whole character.
for x in range(3):
ޞ = 1
