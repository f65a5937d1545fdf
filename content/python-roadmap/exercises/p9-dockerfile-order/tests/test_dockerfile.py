# Reads the learner's Dockerfile (Dojo runs no Docker) and checks its order
# and its choices, instruction by instruction.
import json
import os
import shlex
import unittest


def instructions(text):
    """[(line number, INSTRUCTION, its arguments)], with continued lines
    (ending in a backslash) joined and comments left out."""
    result = []
    pending = ""
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not pending and (stripped == "" or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        whole = (pending + stripped).strip()
        pending = ""
        if whole:
            word, _, rest = whole.partition(" ")
            result.append((start, word.upper(), rest.strip()))
    return result


def env_settings(args):
    """The variables one ENV instruction sets: KEY=value pairs, or KEY value."""
    words = shlex.split(args)
    if words and all("=" in word for word in words):
        return dict(word.split("=", 1) for word in words)
    if len(words) >= 2 and "=" not in words[0]:
        return {words[0]: " ".join(words[1:])}
    return {}


class DockerfileTests(unittest.TestCase):
    def setUp(self):
        if not os.path.exists("Dockerfile"):
            self.fail("There is no file named Dockerfile in your project")
        with open("Dockerfile", encoding="utf-8") as file:
            self.steps = instructions(file.read())
        self.kinds = [kind for _, kind, _ in self.steps]

    def find(self, kind, test=lambda args: True):
        """The index of the first instruction of that kind whose arguments pass test, or -1."""
        for index, (_, step_kind, args) in enumerate(self.steps):
            if step_kind == kind and test(args):
                return index
        return -1

    def test_starts_from_python(self):
        self.assertTrue(self.steps, "The Dockerfile is empty")
        self.assertEqual(self.steps[0][1], "FROM", "A Dockerfile starts with FROM: the image it builds on")
        self.assertTrue(self.steps[0][2].startswith("python:"),
                        "Build on an official Python image, like FROM python:3.11-slim")

    def test_workdir_before_copying(self):
        workdir = self.find("WORKDIR")
        first_copy = self.find("COPY")
        self.assertNotEqual(workdir, -1, "Set a working folder with WORKDIR /app")
        self.assertTrue(first_copy == -1 or workdir < first_copy,
                        "Put WORKDIR before the first COPY, so the files land in /app")

    def test_requirements_installed_before_the_code_is_copied(self):
        copy_requirements = self.find("COPY", lambda args: args.split()[:1] == ["requirements.txt"])
        install = self.find("RUN", lambda args: "pip" in args and "install" in args)
        copy_all = self.find("COPY", lambda args: args.split()[:1] == ["."])
        self.assertNotEqual(install, -1, "Install the packages with RUN pip install --no-cache-dir -r requirements.txt")
        self.assertIn("-r requirements.txt", " ".join(self.steps[install][2].split()),
                      "pip installs the packages listed in requirements.txt: pip install -r requirements.txt")
        self.assertNotEqual(copy_requirements, -1,
                            "Copy requirements.txt on its own first: COPY requirements.txt .")
        self.assertNotEqual(copy_all, -1, "Copy your code too: COPY . .")
        self.assertLess(copy_requirements, install, "COPY requirements.txt . must come before the pip install that reads it")
        self.assertLess(install, copy_all,
                        "Install the requirements BEFORE COPY . . : then a change to your code does not "
                        "throw away the cached pip install layer, and rebuilding takes seconds")

    def test_runs_as_an_ordinary_user(self):
        user = self.find("USER")
        self.assertNotEqual(user, -1,
                            "The app runs as root: add a USER line, so a break-in into the app does not get root")
        name = self.steps[user][2].split(":")[0]
        self.assertNotIn(name, ("root", "0"), "USER root is what we want to avoid: pick an ordinary user")
        made = self.find("RUN", lambda args: ("useradd" in args or "adduser" in args) and name in args.split())
        self.assertNotEqual(made, -1, f"Create the user {name} first, with RUN useradd --create-home {name}")
        self.assertLess(made, user, f"RUN useradd ... {name} must come before USER {name}")
        install = self.find("RUN", lambda args: "pip" in args and "install" in args)
        self.assertLess(install, user,
                        "Install the packages before USER: installing into the system's Python needs root")
        cmd = self.find("CMD")
        self.assertTrue(cmd == -1 or user < cmd, "USER must come before CMD, so the app itself runs as that user")

    def test_listens_outside_the_container(self):
        settings = {}
        for _, kind, args in self.steps:
            if kind == "ENV":
                settings.update(env_settings(args))
        self.assertEqual(settings.get("APP_HOST"), "0.0.0.0",
                         "Set ENV APP_HOST=0.0.0.0: inside a container, 127.0.0.1 is the container itself "
                         "and nobody outside could reach the server")
        port = settings.get("APP_PORT", "8000")
        exposed = [args.split() for _, kind, args in self.steps if kind == "EXPOSE"]
        self.assertIn(port, [word.split("/")[0] for words in exposed for word in words],
                      f"EXPOSE the port the app listens on ({port})")

    def test_cmd_in_exec_form(self):
        commands = [args for _, kind, args in self.steps if kind == "CMD"]
        self.assertEqual(len(commands), 1, "Give exactly one CMD: what runs when the container starts")
        try:
            words = json.loads(commands[0])
        except ValueError:
            words = None
        self.assertIsInstance(words, list,
                              "Write CMD in exec form, a JSON list with double quotes: CMD [\"python3\", \"app.py\"]. "
                              "In the shell form, the stop signal reaches a shell, not your app")
        self.assertTrue(words and str(words[0]).startswith("python"), "The command starts Python: [\"python3\", ...]")
        self.assertIn("app.py", words, "The command runs app.py")
        self.assertEqual(self.kinds[-1], "CMD", "Put CMD last, where readers look for it")


if __name__ == "__main__":
    unittest.main()
