"""Meeting minutes: transcribe a recording with Whisper, then summarise it with GPT."""
import openai


def transcribe_audio(audio_file_path):
    with open(audio_file_path, "rb") as audio_file:
        transcription = openai.Audio.transcribe("whisper-1", audio_file)
    return transcription["text"]


def abstract_summary_extraction(transcription):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        temperature=0,
        messages=[
            {"role": "system", "content": "Summarize the following meeting transcript."},
            {"role": "user", "content": transcription},
        ],
    )
    return response["choices"][0]["message"]["content"]


transcript = transcribe_audio("meeting.mp3")
print("Transcript:", transcript)
print("Summary:", abstract_summary_extraction(transcript))
