from core.llm import LLM
from core.params import CREATIVE, PRECISE

llm = LLM()
print("default :", llm.generate("Name three rivers in Africa"))
print("creative:", llm.generate("Invent a new ice cream flavour", CREATIVE))
print("precise :", llm.generate("What is the capital of Peru and why is it there", PRECISE))
