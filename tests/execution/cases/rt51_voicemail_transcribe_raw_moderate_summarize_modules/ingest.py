import openai


def transcript_of(data, filename):
    """Voicemail bytes from the phone system -> text."""
    result = openai.Audio.transcribe_raw("whisper-1", data, filename, language="en")
    return result.text
