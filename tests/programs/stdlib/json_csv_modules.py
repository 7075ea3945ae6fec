# the json package's and the csv module's public names
import json
import json.decoder
import json.encoder
import csv

print(json.__version__, json.__all__)
print(json.decoder.__all__, json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf, json.encoder.INFINITY)
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(csv.__version__, csv.__all__)
print(csv.Error, csv.excel, csv.excel_tab, csv.unix_dialect, csv.Dialect)
print(type(csv.get_dialect("unix")), type(csv.reader([])), type(csv.writer(open("json_csv_modules.txt", "w"))))
ns = {}
exec("from json import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from csv import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
