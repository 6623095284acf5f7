from copywriter.library import LIBRARY
from copywriter.write import write

for kind in sorted(LIBRARY["prompts"]):
    print(f"{kind}: {write(kind, 'a solar powered phone charger')}")
