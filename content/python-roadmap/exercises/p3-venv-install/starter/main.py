# Use the package dojo_greetings here, once it is installed in .venv:
# read a language code, then a name, and print the greeting.
# Run this file with .venv/bin/python main.py in the Shell.

language = input()
name = input()
print("Hello, " + name + "!")
