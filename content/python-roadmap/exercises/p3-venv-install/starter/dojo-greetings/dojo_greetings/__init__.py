"""dojo_greetings: how to say hello in a few languages.

A tiny package that Dojo's course ships as source, to build into a wheel
and install into a virtual environment.  It holds data, no code: the
program that uses it does the greeting.
"""

__version__ = "1.0.0"

# Language code -> the word for hello.
GREETINGS: dict[str, str] = {
    "de": "Hallo",
    "en": "Hello",
    "es": "Hola",
    "fr": "Bonjour",
    "it": "Ciao",
    "nl": "Hallo",
    "pt": "Olá",
    "sv": "Hej",
}
