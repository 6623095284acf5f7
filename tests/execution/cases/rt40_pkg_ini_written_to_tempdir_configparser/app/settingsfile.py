import configparser
import os

DEFAULTS = {
    "models": {"chat": "gpt-3.5-turbo", "embedding": "text-embedding-ada-002"},
    "limits": {"max_tokens": "16"},
}


def write_default_settings(folder):
    path = os.path.join(folder, "settings.ini")
    parser = configparser.ConfigParser()
    parser.read_dict(DEFAULTS)
    with open(path, "w") as fh:
        parser.write(fh)
    return path


def load_settings(path):
    parser = configparser.ConfigParser()
    parser.read(path)
    return parser
