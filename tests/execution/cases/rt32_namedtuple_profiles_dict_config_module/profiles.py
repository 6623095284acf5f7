from collections import namedtuple

Profile = namedtuple("Profile", ["model", "temperature", "max_tokens"])

PROFILES = {
    "fast": Profile("gpt-3.5-turbo", 0.3, 5),
    "careful": Profile("gpt-4", 0, 30),
}
