"""Interview-practice bot on GPT-3 (the classic gpt3() helper with start/restart text)."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def gpt3(prompt, engine="text-davinci-003", response_length=64,
         temperature=0.7, top_p=1, frequency_penalty=0, presence_penalty=0,
         start_text="", restart_text="", stop_seq=[]):
    response = openai.Completion.create(
        prompt=prompt + start_text,
        engine=engine,
        max_tokens=response_length,
        temperature=temperature,
        top_p=top_p,
        frequency_penalty=frequency_penalty,
        presence_penalty=presence_penalty,
        stop=stop_seq,
    )
    answer = response.choices[0]["text"]
    new_prompt = prompt + start_text + answer + restart_text
    return answer, new_prompt


def main():
    prompt = "The following is an interview for a junior developer job.\n"
    questions = ["Tell me about yourself.", "Why do you want this job?"]
    for q in questions:
        prompt += "Interviewer: " + q
        answer, prompt = gpt3(prompt, temperature=0.9, response_length=12,
                              start_text="\nCandidate:", restart_text="\n",
                              stop_seq=["Interviewer:", "\n"])
        print("Q:", q)
        print("A:", answer.strip())
    print("transcript lines:", len(prompt.splitlines()))


if __name__ == "__main__":
    main()
