# Precisions and widths beyond 65535 print a double's exact digits, then zeros.
def digest(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return (len(s), h, s[:12], s[-12:])

for x in [1.5, 0.1, 5e-324, -2.5e-300, 1.7976931348623157e308, 0.0, float('inf')]:
    for spec in ['.70000f', '.70000e', '.2000g', '#.2000g', '.70000', '.1080f', '.770e', '.70000%', '70000', '>70000.3f']:
        print(x, spec, digest(format(x, spec)))
print(digest('%.70000f' % 1.0), digest('%.70000e' % 0.1), digest(f'{2.5:.70000f}'))
print(digest('{:70000}'.format(1)), digest('%70000d' % 5), digest(format(1.5, '.100000e')))
for spec in ['.3000000000f', '.99999999999999999999f', '99999999999999999999d']:
    try:
        format(1.0, spec)
    except ValueError as e:
        print(spec, e)
