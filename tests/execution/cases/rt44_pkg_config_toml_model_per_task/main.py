from pipeline.run import run_all

ARTICLE = ("City council approved the new bike lanes on Main Street after a two hour debate "
           "with shop owners who feared losing parking spaces")
for name, output in run_all(ARTICLE).items():
    print(f"{name}: {output}")
