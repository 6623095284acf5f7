import logging
import sys

log = logging.getLogger("audit")
_handler = logging.StreamHandler(sys.stdout)
_handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(_handler)
log.setLevel(logging.INFO)
log.propagate = False


def log_reply(response):
    choice = response["choices"][0]
    log.info("finish=%s usage=%s", choice["finish_reason"], dict(response["usage"]))
