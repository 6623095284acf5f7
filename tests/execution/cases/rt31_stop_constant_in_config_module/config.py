ENGINE = "text-davinci-003"
STOP_SEQUENCES = ["\nHuman:", "\nAI:"]
MAX_TOKENS = 60
