# logging.basicConfig: filename and filemode (a FileHandler), format, level, force,
# and its ValueErrors; a FileHandler added by hand.
import logging
import sys

logging.basicConfig(filename="logging_config_file.log", filemode="w",
                    format="%(name)s:%(levelname)s:%(message)s", level=logging.INFO)
logging.info("first line")
logging.getLogger("worker").warning("second line %d", 2)
logging.debug("not written")
logging.basicConfig(level=logging.DEBUG)
print(logging.root.level == logging.INFO, len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, format="%(message)s", force=True)
print(len(logging.root.handlers), logging.root.level)
with open("logging_config_file.log") as f:
    print(repr(f.read()))
logging.warning("to stdout now")
handler = logging.FileHandler("logging_config_file2.log", mode="w")
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log = logging.getLogger("files")
log.addHandler(handler)
log.error("into the second file")
handler.close()
with open("logging_config_file2.log") as f:
    print(repr(f.read()))
for kwargs in ({"stream": sys.stdout, "filename": "x.log"}, {"bogus": 1}, {"style": "%%"},
               {"handlers": [], "stream": sys.stdout}):
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print("ValueError", e)
