import json

import openai

MAX_FUNCTION_RESULT_TOKENS = 15


def search_docs(text):
    hits = [f"doc{i}: {text} appears in section {i} with a lot of surrounding detail" for i in range(5)]
    return {"query": text, "hits": hits}


def truncate_tokens(s, limit):
    # ~4 chars per token
    return s if len(s) / 4 <= limit else s[: limit * 4] + "..."


def ask(question):
    messages = [{"role": "user", "content": question}]
    fn_spec = {"name": "search_docs", "description": "Search docs",
               "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages,
                                        functions=[fn_spec], function_call={"name": "search_docs"})
    message = resp.choices[0].message
    result = search_docs(**json.loads(message.function_call.arguments))
    content = truncate_tokens(json.dumps(result), MAX_FUNCTION_RESULT_TOKENS)
    print("function result sent:", len(content), "chars")
    messages += [message, {"role": "function", "name": "search_docs", "content": content}]
    final = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages,
                                         functions=[fn_spec], function_call="none")
    return final.choices[0].message.content, final.usage.prompt_tokens


print(ask("rate limits"))
