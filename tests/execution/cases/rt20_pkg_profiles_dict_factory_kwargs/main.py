from app.llm import make_llm

for profile in ("fast", "smart"):
    llm = make_llm(profile)
    print(profile, "=>", llm.chat("Describe the water cycle for a school report"))
