# an uncaught csv.Error ends the program with CPython's "_csv.Error" traceback line
import csv

lines = ['id,name\n', '1,"ann"\n', '2,"bob"x\n']
for row in csv.reader(lines, strict=True):
    print(row)
