import openai


def stream_to_stdout(prompt, model="gpt-3.5-turbo", api_key=None):
    try:
        for chunk in openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            stream=True,
            api_key=api_key,
        ):
            print(chunk["choices"][0]["delta"].get("content", ""), end="", flush=True)
        print()
    except openai.error.AuthenticationError as e:
        print("auth failed, check OPENAI_API_KEY")
    except openai.error.InvalidRequestError as e:
        print("bad request:", e.code)
    except openai.error.OpenAIError as e:
        print("other error:", e)


stream_to_stdout("count to three")
stream_to_stdout("count to three", api_key="sk-wrong")
stream_to_stdout("count to three", model="gpt-9")
