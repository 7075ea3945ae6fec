# a log-processing pipeline: a generated log file streamed through generator stages
name = 'log_pipeline.log'
levels = ['INFO', 'WARN', 'ERROR', 'DEBUG']
services = ['api', 'db', 'cache', 'auth', 'queue']
with open(name, 'w') as f:
    for i in range(20000):
        lvl = levels[(i * 7) % 4] if i % 13 else 'ERROR'
        svc = services[(i * 3) % 5]
        ms = (i * 37) % 1000
        f.write(f'2024-01-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00 {lvl} {svc} took={ms}ms req={i}\n')

def lines(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip('\n')

def parse(rows):
    for row in rows:
        stamp, level, service, took, req = row.split(' ')
        yield {'day': stamp[:10], 'level': level, 'service': service,
               'ms': int(took[5:-2]), 'req': int(req[4:])}

def only(level, events):
    return (e for e in events if e['level'] == level)

errors = {}
slow = 0
for e in only('ERROR', parse(lines(name))):
    errors[e['service']] = errors.get(e['service'], 0) + 1
    if e['ms'] > 900:
        slow += 1
print(sorted(errors.items()), slow)
total = sum(e['ms'] for e in parse(lines(name)))
print(total)
per_day = {}
for e in parse(lines(name)):
    per_day[e['day']] = per_day.get(e['day'], 0) + 1
print(len(per_day), per_day['2024-01-01'], max(per_day.values()))
with open(name, 'rb') as f:
    size = sum(len(chunk) for chunk in iter(lambda: f.read(4096), b''))
print(size)
with open(name, 'rb') as f:
    print(sum(1 for line in f if b' WARN ' in line), f.tell() == size)
with open(name) as src, open('log_pipeline.errors', 'w') as dst:
    dst.writelines(line for line in src if ' ERROR ' in line)
with open('log_pipeline.errors') as f:
    first = f.readline()
    rest = f.readlines()
print(first.strip(), len(rest) + 1, rest[-1].strip())
import os
for leftover in ['log_pipeline.log', 'log_pipeline.errors']:
    os.remove(leftover)
print(any(os.path.exists(n) for n in ['log_pipeline.log', 'log_pipeline.errors']))
