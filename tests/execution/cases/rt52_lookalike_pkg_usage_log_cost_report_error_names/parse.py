import re

LINE = re.compile(r"^(?P<ts>\S+) (?P<level>\w+) model=(?P<model>\S+) "
                  r"(?:tokens=(?P<pt>\d+)/(?P<ct>\d+)|error=(?P<error>\S+))$")

ERROR_KINDS = {
    "openai.error.RateLimitError": "throttled",
    "openai.error.Timeout": "timeout",
    "openai.error.InvalidRequestError": "client",
    "openai.error.APIError": "server",
}


def parse(lines):
    for line in lines:
        m = LINE.match(line.strip())
        if not m:
            continue
        if m["error"]:
            yield {"model": m["model"], "error": ERROR_KINDS.get(m["error"], "other")}
        else:
            yield {"model": m["model"], "prompt": int(m["pt"]), "completion": int(m["ct"])}
