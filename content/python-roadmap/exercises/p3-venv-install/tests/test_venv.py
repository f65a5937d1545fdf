import base64
import contextlib
import glob
import hashlib
import io
import os
import re
import runpy
import sys
import unittest

VENV = ".venv"
SOURCE = os.path.join("dojo-greetings", "dojo_greetings", "__init__.py")
WHEEL = "dojo_greetings-1.0.0-py3-none-any.whl"


def site_packages():
    found = sorted(glob.glob(os.path.join(VENV, "lib", "python3*", "site-packages")))
    return found[0] if found else None


def dist_info():
    folder = site_packages()
    if folder is None:
        return None
    found = sorted(glob.glob(os.path.join(folder, "dojo_greetings-*.dist-info")))
    return found[0] if found else None


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f.read().splitlines()]


class TestVenv(unittest.TestCase):
    def test_1_venv_made(self):
        """The project has a virtual environment in .venv"""
        config = os.path.join(VENV, "pyvenv.cfg")
        self.assertTrue(os.path.isfile(config),
                        "There is no .venv/pyvenv.cfg, the file `python3 -m venv .venv` "
                        "writes. Make the environment in the Shell, in the project folder: "
                        "python3 -m venv .venv")
        settings = {}
        for line in read_lines(config):
            key, equals, value = line.partition("=")
            if equals:
                settings[key.strip()] = value.strip()
        self.assertIn("home", settings,
                      ".venv/pyvenv.cfg does not say which Python the environment uses "
                      "(its `home` line). Delete .venv and make it again with "
                      "python3 -m venv .venv")
        self.assertEqual(settings.get("include-system-site-packages", "false").lower(), "false",
                         msg="This environment sees the packages installed for the whole "
                         "system. Make a plain one: delete .venv, then python3 -m venv .venv "
                         "(without --system-site-packages)")

    def test_2_package_installed(self):
        """pip installed dojo-greetings 1.0.0 into .venv"""
        self.assertIsNotNone(site_packages(),
                             "There is no .venv/lib/python3.X/site-packages folder: make the "
                             "environment first (python3 -m venv .venv)")
        info = dist_info()
        self.assertIsNotNone(info,
                             "dojo-greetings is not installed in .venv. Build the wheel, then "
                             "install it with the environment's pip: "
                             ".venv/bin/python -m pip install --no-index wheels/" + WHEEL)
        metadata = read_lines(os.path.join(info, "METADATA"))
        self.assertIn("Version: 1.0.0", metadata,
                      "The installed dojo-greetings is not version 1.0.0, the one the "
                      "course ships")
        installer = os.path.join(info, "INSTALLER")
        self.assertTrue(os.path.isfile(installer) and read_lines(installer)[:1] == ["pip"],
                        msg="The package in .venv was not installed by pip. Install the "
                        "wheel with .venv/bin/python -m pip install --no-index wheels/" + WHEEL)
        record = read_lines(os.path.join(info, "RECORD"))
        listed = [line for line in record if line.startswith("dojo_greetings/__init__.py,")]
        self.assertEqual(len(listed), 1,
                         msg="pip's list of installed files (RECORD) does not name "
                         "dojo_greetings/__init__.py: install the wheel again with pip")
        installed = os.path.join(site_packages(), "dojo_greetings", "__init__.py")
        self.assertTrue(os.path.isfile(installed),
                        "The package's file dojo_greetings/__init__.py is missing in .venv: "
                        "install the wheel again with pip")
        with open(installed, "rb") as f:
            data = f.read()
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")
        self.assertEqual(listed[0].split(",")[1], "sha256=" + digest,
                         msg="The installed dojo_greetings/__init__.py is not the file pip "
                         "installed (it was changed afterwards). Leave the files in .venv "
                         "to pip: install the wheel again with --force-reinstall")
        if os.path.isfile(SOURCE):
            with open(SOURCE, "rb") as f:
                self.assertEqual(f.read(), data,
                                 msg="The package in .venv differs from the source in the "
                                 "dojo-greetings folder. Build the wheel again and install "
                                 "it with --force-reinstall")

    def test_3_requirements_pinned(self):
        """requirements.txt pins dojo-greetings to 1.0.0"""
        self.assertTrue(os.path.isfile("requirements.txt"),
                        "There is no requirements.txt next to main.py. Write it with "
                        ".venv/bin/python -m pip list --format=freeze")
        lines = [line for line in read_lines("requirements.txt")
                 if line and not line.startswith("#")]
        ours = [line for line in lines
                if re.sub(r"[-_.]+", "-", re.split(r"[ =<>!~@;\[]", line)[0]).lower()
                == "dojo-greetings"]
        self.assertTrue(ours, "requirements.txt does not name dojo-greetings, the package "
                        "main.py needs")
        for line in ours:
            self.assertNotIn("@", line,
                             "requirements.txt says where the wheel was on your computer "
                             "(`@ file:...`), which is what `pip freeze` writes for a package "
                             "installed from a file. Pin the version instead: "
                             "dojo-greetings==1.0.0")
            self.assertTrue(re.fullmatch(r"[A-Za-z0-9_.-]+\s*==\s*1\.0\.0", line),
                            msg="Pin the exact version in requirements.txt: "
                            "dojo-greetings==1.0.0 (you wrote: " + line + ")")

    def test_4_venv_ignored(self):
        """.gitignore keeps .venv and wheels out of git"""
        self.assertTrue(os.path.isfile(".gitignore"),
                        "There is no .gitignore in the project folder. Make one with the "
                        "lines .venv/ and wheels/ in it")
        lines = read_lines(".gitignore")
        self.assertTrue(any(line in (".venv", ".venv/", "/.venv", "/.venv/") for line in lines),
                        msg=".gitignore has no line .venv/ any more. Put it back: without "
                        "it, git would offer to commit thousands of files that pip can "
                        "make again")
        self.assertTrue(any(line in ("wheels", "wheels/", "/wheels", "/wheels/")
                            for line in lines),
                        msg="Add the line wheels/ to .gitignore: the wheel is built from "
                        "the source in dojo-greetings/, so git needs only the source")

    def run_main(self, language, name):
        folder = site_packages()
        self.assertIsNotNone(folder, "Make .venv and install dojo-greetings first")
        if folder not in sys.path:
            sys.path.insert(0, folder)
        stdin = sys.stdin
        sys.stdin = io.StringIO(language + "\n" + name + "\n")
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                runpy.run_path("main.py", run_name="__main__")
        finally:
            sys.stdin = stdin
        return out.getvalue()

    def greetings(self):
        folder = site_packages()
        self.assertIsNotNone(folder, "Make .venv and install dojo-greetings first")
        if folder not in sys.path:
            sys.path.insert(0, folder)
        import dojo_greetings
        return dojo_greetings.GREETINGS

    def test_5_greet(self):
        """greet(name, language) uses the package's greetings"""
        greetings = self.greetings()
        stdin = sys.stdin
        sys.stdin = io.StringIO("en\nAda\n")
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                found = runpy.run_path("main.py", run_name="not_main")
        finally:
            sys.stdin = stdin
        self.assertIn("greet", found, "main.py has no function greet(name, language)")
        greet = found["greet"]
        for language, name in [("fr", "Ada"), ("sv", "Grace"), ("pt", "Linus"),
                               ("de", "Guido")]:
            self.assertEqual(greet(name, language), greetings[language] + ", " + name + "!",
                             msg=f"greet({name!r}, {language!r}) should use "
                             f"GREETINGS[{language!r}] from dojo_greetings")
        self.assertEqual(greet("Alan", "xx"), greetings["en"] + ", Alan!",
                         msg="For a language code the package does not know ('xx'), "
                         "greet in English")

    def test_6_main_prints(self):
        """main.py reads a language and a name and prints the greeting"""
        greetings = self.greetings()
        for language, name in [("es", "Margaret"), ("it", "Barbara"), ("zz", "Ken")]:
            word = greetings.get(language, greetings["en"])
            self.assertEqual(self.run_main(language, name).strip(), word + ", " + name + "!",
                             msg=f"For the input {language} and {name}, main.py should "
                             f"print {word}, {name}!")


if __name__ == "__main__":
    unittest.main()
