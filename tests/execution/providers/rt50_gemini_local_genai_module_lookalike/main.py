import genai

genai.configure(style="shouty")
model = genai.GenerativeModel("gemini-pro", generation_config={"temperature": 0.5})
print(model.generate_content("release notes for v2").text)
print(genai.embed_content(model="models/embedding-001", content="three little words",
                          task_type="retrieval_document")["embedding"])
