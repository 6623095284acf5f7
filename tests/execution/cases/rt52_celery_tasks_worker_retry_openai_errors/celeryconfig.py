task_max_retries = 2
task_time_limit = 1  # seconds per OpenAI request
summary_model = "gpt-3.5-turbo"
embedding_model = "text-embedding-ada-002"
