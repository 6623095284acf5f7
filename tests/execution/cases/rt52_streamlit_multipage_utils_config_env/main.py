from app import run

state = run({
    "Chat": ["What is photosynthesis?",
             "Summarize the water cycle in one very long sentence with many many words please"],
    "Notes": {"notes": ["Plants convert light into chemical energy",
                        "Rivers carry water back to the sea",
                        "The mitochondria is the powerhouse of the cell"],
              "query": "How do plants make energy?"},
})
print("history roles:", [m["role"] for m in state["messages"]])
print("notes stored:", len(state["notes"]))
