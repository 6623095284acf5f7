from collections import namedtuple

from cogs.ask import AskCog
from cogs.settings import SettingsCog
from cogs.tldr import TldrCog

Context = namedtuple("Context", "guild channel author")


class Bot:
    prefix = "!"

    def __init__(self):
        self.cogs = {}
        for cog_class in (AskCog, SettingsCog, TldrCog):
            cog = cog_class(self)
            self.cogs[cog.name] = cog

    def on_message(self, ctx, content):
        if not content.startswith(self.prefix):
            return None
        command, _, rest = content[len(self.prefix):].partition(" ")
        cog = self.cogs.get(command)
        if cog is None:
            return f"Unknown command: {command}"
        return cog.handle(ctx, rest)
