# Judges the learner's integration tests: they must pass on the real
# notes_app.py, with the database in a temporary folder, and fail on each
# version below, where one thing between the route and the database is wrong.
import contextlib
import importlib.util
import io
import os
import sys
import types

import pytest

MODULE = "notes_app"
LEARNER_MODULE = "test_notes_app"

CORRECT = '''
# A small notes API: Flask in front, an sqlite3 database behind.
# Do not change this file: write your tests in test_notes_app.py.
import sqlite3
from typing import Any

from flask import Flask, Response, jsonify, request

SCHEMA = "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"


def create_app(db_path: str) -> Flask:
    """Make the app, keeping its notes in the sqlite3 file db_path."""
    app = Flask(__name__)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(db_path)

    conn = connect()
    conn.execute(SCHEMA)
    conn.commit()
    conn.close()

    @app.route("/notes", methods=["POST"])
    def add_note() -> tuple[Response, int]:
        body: Any = request.get_json(silent=True)
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text.strip():
            return jsonify({"error": "text must be a non-empty string"}), 400
        conn = connect()
        try:
            cursor = conn.execute("INSERT INTO notes (text) VALUES (?)", (text.strip(),))
            conn.commit()
            note_id = cursor.lastrowid
        finally:
            conn.close()
        return jsonify({"id": note_id, "text": text.strip()}), 201

    @app.route("/notes", methods=["GET"])
    def list_notes() -> tuple[Response, int]:
        conn = connect()
        try:
            rows = conn.execute("SELECT id, text FROM notes ORDER BY id").fetchall()
        finally:
            conn.close()
        return jsonify([{"id": row[0], "text": row[1]} for row in rows]), 200

    @app.route("/notes/<int:note_id>", methods=["GET"])
    def show_note(note_id: int) -> tuple[Response, int]:
        conn = connect()
        try:
            row = conn.execute("SELECT id, text FROM notes WHERE id = ?", (note_id,)).fetchone()
        finally:
            conn.close()
        if row is None:
            return jsonify({"error": "no such note"}), 404
        return jsonify({"id": row[0], "text": row[1]}), 200

    return app
'''


def broken(old, new):
    assert old in CORRECT, old
    return CORRECT.replace(old, new)


# Each version: (its code, what is wrong in it, how a test catches it).
BROKEN = {
    "no_commit": (
        broken("            conn.commit()\n            note_id", "            note_id"),
        "a POST that answers 201 but never commits, so the note is not in the database",
        "POST a note, then read it back through the client (GET /notes/ID or GET /notes) and check it is there."),
    "status_200": (
        broken("text.strip()}), 201", "text.strip()}), 200"),
        "a POST that answers 200 instead of 201 Created",
        "Check the status code of a POST that adds a note: 201."),
    "returned_text": (
        broken('return jsonify({"id": note_id, "text": text.strip()}), 201',
               'return jsonify({"id": note_id, "text": text}), 201'),
        "a POST that answers with the text as sent, spaces and all, while the database keeps it stripped",
        "POST a text with spaces at its ends and check the JSON answer of the POST itself."),
    "blank_accepted": (
        broken("if not isinstance(text, str) or not text.strip():", "if not isinstance(text, str):"),
        "a POST that accepts an empty or blank text",
        "POST {\"text\": \"\"} or {\"text\": \"   \"} and check the answer is 400."),
    "missing_200": (
        broken('{"error": "no such note"}), 404', '{"error": "no such note"}), 200'),
        "GET /notes/ID of a missing note answering 200 instead of 404",
        "GET an id that was never saved and check the 404."),
    "always_first": (
        broken("WHERE id = ?\", (note_id,)", "WHERE id <= ? ORDER BY id\", (note_id,)"),
        "GET /notes/ID that always answers the oldest note",
        "Save two notes and GET the second one by its id."),
    "list_one": (
        broken("FROM notes ORDER BY id", "FROM notes ORDER BY id LIMIT 1"),
        "GET /notes that lists only the first note",
        "Save two notes and check that GET /notes lists both, by id."),
}


def learner_path():
    spec = importlib.util.find_spec(LEARNER_MODULE)
    if spec is None or not spec.origin:
        raise AssertionError(f"There is no {LEARNER_MODULE}.py in your project")
    return spec.origin


class Recorder:
    """What the learner's run collected and how each test ended."""

    def __init__(self):
        self.items = []
        self.failed = []

    def pytest_collection_finish(self, session):
        self.items = list(session.items)

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.failed.append(report)

    def pytest_collectreport(self, report):
        if report.failed:
            self.failed.append(report)


def run_learner_tests(source, db_paths):
    version = types.ModuleType(MODULE)
    version.__file__ = os.path.join(os.getcwd(), MODULE + ".py")
    exec(compile(source, MODULE + ".py", "exec"), version.__dict__)
    make_app = version.create_app

    def recording_create_app(db_path):
        db_paths.append(str(db_path))
        return make_app(db_path)

    version.create_app = recording_create_app
    path = learner_path()
    saved = sys.modules.get(MODULE)
    sys.modules[MODULE] = version
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == path:
            del sys.modules[name]
    recorder = Recorder()
    try:
        # The terminal plugin stays (assert's explanations need its options);
        # what it prints is thrown away.
        with contextlib.redirect_stdout(io.StringIO()):
            pytest.main([path, "-c", os.devnull, "--noconftest", "--rootdir", os.path.dirname(path),
                         "-p", "no:cacheprovider", "-p", "no:stepwise", "-q",
                         "-o", "python_functions=test", "-W", "ignore"],
                        plugins=[recorder])
    finally:
        if saved is None:
            sys.modules.pop(MODULE, None)
        else:
            sys.modules[MODULE] = saved
    return recorder


def first_problem(recorder):
    for report in recorder.failed:
        crash = getattr(report.longrepr, "reprcrash", None)
        if crash is not None:
            words = crash.message.splitlines()[0]
        else:
            text = str(report.longrepr).strip().splitlines()
            words = text[-1] if text else "failed"
        return f"{report.nodeid.split('::')[-1]}: {words}"
    return ""


def test_your_tests_pass_on_the_real_app():
    db_paths = []
    recorder = run_learner_tests(CORRECT, db_paths)
    if not recorder.items:
        raise AssertionError("test_notes_app.py has no tests: write functions whose names start with test_")
    project = os.path.dirname(os.path.abspath(learner_path()))
    for db_path in db_paths:
        if db_path == ":memory:" or db_path == "":
            raise AssertionError("Give create_app a real database file in tmp_path: an in-memory database "
                                 "is not the real thing an integration test is about")
        if os.path.dirname(os.path.abspath(db_path)) == project:
            raise AssertionError(f"Your tests put the database {db_path!r} in your project folder, where it stays "
                                 "between runs and between tests: use a file in tmp_path, new for every test")
    if recorder.failed:
        raise AssertionError("Your tests fail on the real notes_app.py, so one of them expects the wrong thing "
                             "(or a fixture is missing). " + first_problem(recorder))
    if not db_paths:
        raise AssertionError("Your tests never call create_app: make the app in a fixture, "
                             "create_app(str(tmp_path / \"notes.db\")), and use its test_client()")


@pytest.mark.parametrize("name", list(BROKEN))
def test_your_tests_catch_a_broken_app(name):
    source, what, advice = BROKEN[name]
    recorder = run_learner_tests(source, [])
    if not recorder.failed:
        raise AssertionError(f"Your tests all pass on an app with {what}. {advice}")
