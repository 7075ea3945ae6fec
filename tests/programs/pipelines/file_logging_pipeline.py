import logging, tempfile, os, sys, io, json
from collections import ChainMap

with tempfile.TemporaryDirectory() as d:
    logfile = os.path.join(d, 'app.log')
    logger = logging.getLogger('pipeline')
    logger.setLevel(logging.DEBUG)
    fh = logging.FileHandler(logfile)
    fh.setFormatter(logging.Formatter('%(levelname)-8s %(name)s:%(funcName)s %(message)s'))
    logger.addHandler(fh)
    console = io.StringIO()
    sh = logging.StreamHandler(console)
    sh.setLevel(logging.WARNING)
    sh.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
    logger.addHandler(sh)

    def stage(items):
        for i, it in enumerate(items):
            logger.debug('item %d: %r', i, it)
            if not isinstance(it, int):
                logger.warning('bad item %s (type %s)', it, type(it).__name__)
                continue
            yield it * 2

    res = list(stage([1, 'x', 3, None, 5]))
    logger.info('done: %s', res)
    logger.error('final %d%%', 50)
    try:
        1 / 0
    except ZeroDivisionError:
        logger.exception('boom')
    print(console.getvalue().replace(__file__, 'PROG'), end='')
    fh.close()
    logger.removeHandler(fh)
    text = open(logfile).read()
    for line in text.splitlines():
        if line.startswith('Traceback') or line.startswith('  ') or line.startswith('Zero'):
            print('TB>', line.replace(__file__, 'PROG'))
        else:
            print(line)
    child = logging.getLogger('pipeline.child')
    child.warning('propagated %s', child.name)
    print(child.getEffectiveLevel(), logger.level, logging.getLevelName(20), logging.getLevelName('ERROR'), child.parent.name)
    logger.handlers.clear()

defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap({}, env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.maps[1:])
cm['color'] = 'blue'
print(cm.maps[0], dict(cm), cm.new_child({'z': 1})['z'], list(cm.parents.items()))
stream = io.StringIO()
h = logging.StreamHandler(stream)
lg = logging.getLogger('x.y')
lg.addHandler(h)
lg.propagate = False
lg.warning('to stringio %s', {'k': 1})
lg.info('hidden')
print(repr(stream.getvalue()))
