from app.llm import ResilientLLM

llm = ResilientLLM()
print(llm.ask("Suggest a name for a hiking club"))
print(llm.ask("Suggest a motto for it"))
print("fallbacks used:", llm.fallbacks_used)
