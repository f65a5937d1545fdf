# Integration tests for notes_app.py, written for pytest. Run them with F5.
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from notes_app import create_app


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "notes.db"


@pytest.fixture
def client(db_path: Path) -> FlaskClient:
    return create_app(str(db_path)).test_client()


def test_no_notes_at_first(client: FlaskClient) -> None:
    response = client.get("/notes")
    assert response.status_code == 200
    assert response.get_json() == []


def test_add_and_read_back(client: FlaskClient) -> None:
    response = client.post("/notes", json={"text": "  Buy milk "})
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "text": "Buy milk"}
    response = client.get("/notes/1")
    assert response.status_code == 200
    assert response.get_json() == {"id": 1, "text": "Buy milk"}


def test_two_notes_listed_and_found(client: FlaskClient) -> None:
    client.post("/notes", json={"text": "first"})
    client.post("/notes", json={"text": "second"})
    assert client.get("/notes").get_json() == [
        {"id": 1, "text": "first"},
        {"id": 2, "text": "second"},
    ]
    assert client.get("/notes/2").get_json() == {"id": 2, "text": "second"}


def test_missing_note(client: FlaskClient) -> None:
    client.post("/notes", json={"text": "only one"})
    response = client.get("/notes/7")
    assert response.status_code == 404
    assert response.get_json() == {"error": "no such note"}


@pytest.mark.parametrize("body", [{"text": ""}, {"text": "   "}, {"title": "x"}, ["text"]])
def test_bad_notes_refused(client: FlaskClient, body: object) -> None:
    response = client.post("/notes", json=body)
    assert response.status_code == 400
    assert client.get("/notes").get_json() == []


def test_notes_are_in_the_file(db_path: Path, client: FlaskClient) -> None:
    client.post("/notes", json={"text": "kept"})
    again = create_app(str(db_path)).test_client()
    assert again.get("/notes").get_json() == [{"id": 1, "text": "kept"}]


if __name__ == "__main__":
    pytest.main([__file__, "-v"])
