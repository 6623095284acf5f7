"""Stream with a short timeout first; on a timeout, retry once with a longer one."""
import openai


def stream_with_timeout(prompt, timeouts=(0.5, 10)):
    for timeout in timeouts:
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
                stream=True,
                request_timeout=timeout,
            )
            text = ""
            for chunk in response:
                text += chunk["choices"][0]["delta"].get("content", "")
            return text
        except openai.error.Timeout:
            print(f"timed out after {timeout}s, retrying")
    return None


print(stream_with_timeout("[slow] summarise the news"))
print(stream_with_timeout("quick one"))
