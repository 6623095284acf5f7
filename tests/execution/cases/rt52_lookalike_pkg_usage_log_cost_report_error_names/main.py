"""Offline report over the 0.x-era request log of our bot (no API calls)."""
from parse import parse
from report import render, summarize

LOG = """\
2023-07-01T10:00:00 INFO model=gpt-3.5-turbo tokens=120/80
2023-07-01T10:00:05 INFO model=gpt-4 tokens=300/150
2023-07-01T10:01:00 ERROR model=gpt-4 error=openai.error.RateLimitError
2023-07-01T10:02:00 INFO model=text-davinci-003 tokens=50/50
2023-07-01T10:03:00 ERROR model=gpt-3.5-turbo error=openai.error.Timeout
2023-07-01T10:04:00 INFO model=text-embedding-ada-002 tokens=900/0
2023-07-01T10:05:00 ERROR model=gpt-3.5-turbo-16k error=openai.error.ServiceUnavailableError
garbage line
"""

print(render(*summarize(parse(LOG.splitlines()))))
