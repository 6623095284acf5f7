from writers.kinds import WRITERS

for name, cls in WRITERS.items():
    writer = cls()
    print(f"{name}: {writer.write('a solar-powered bicycle lamp')}")
